using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

// Starts from a draft multiple-choice question on topic "1", medium, options A–D with B correct; each With* changes one thing.
internal sealed class QuestionBuilder
{
    private static int _next = 1_000_000;
    private Guid _id = Ids.Of(Interlocked.Increment(ref _next));
    private string _program = "NTD";
    private string _topic = "1";
    private Difficulty _difficulty = Difficulty.Medium;
    private bool _essay;
    private bool _approved;

    public static QuestionBuilder MultipleChoice() => new();

    public static QuestionBuilder Essay() => new() { _essay = true };

    public QuestionBuilder WithId(Guid id)
    {
        _id = id;
        return this;
    }

    public QuestionBuilder ForProgram(string program)
    {
        _program = program;
        return this;
    }

    public QuestionBuilder OnTopic(string topic)
    {
        _topic = topic;
        return this;
    }

    public QuestionBuilder OfDifficulty(Difficulty difficulty)
    {
        _difficulty = difficulty;
        return this;
    }

    public QuestionBuilder Approved()
    {
        _approved = true;
        return this;
    }

    public Question Build()
    {
        var question = _essay
            ? Question.Essay(_id, _program, _topic, _difficulty, $"Phân tích nội dung chuyên đề {_topic}.", "Nêu đủ ba ý chính, mỗi ý 3 điểm; trình bày 1 điểm.")
            : Question.MultipleChoice(_id, _program, _topic, _difficulty, $"Câu hỏi {_id} thuộc chuyên đề {_topic}?", Options(), "B");
        if (_approved)
        {
            question.Approve();
        }

        return question;
    }

    public static AnswerOption[] Options() =>
        [new("A", "Phương án thứ nhất"), new("B", "Phương án đúng"), new("C", "Phương án thứ ba"), new("D", "Phương án thứ tư")];
}
