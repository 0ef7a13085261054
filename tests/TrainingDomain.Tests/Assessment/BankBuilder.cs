using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

// A bank for programme "NTD" filled cell by cell; ids are numbered in the order questions are added.
internal sealed class BankBuilder
{
    private readonly List<Question> _questions = [];
    private int _nextId = 1;

    public static BankBuilder ForNtd() => new();

    public BankBuilder WithApproved(string topic, Difficulty difficulty, int count) => Add(topic, difficulty, count, q => q.Approve());

    public BankBuilder WithDrafts(string topic, Difficulty difficulty, int count) => Add(topic, difficulty, count, _ => { });

    public BankBuilder WithRetired(string topic, Difficulty difficulty, int count) => Add(topic, difficulty, count, q =>
    {
        q.Approve();
        q.Retire();
    });

    public BankBuilder WithApprovedEssays(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _questions.Add(QuestionBuilder.Essay().WithId(Ids.Of(_nextId++)).Approved().Build());
        }

        return this;
    }

    public QuestionBank Build(bool reversed = false)
    {
        var bank = new QuestionBank("NTD");
        foreach (var question in reversed ? Enumerable.Reverse(_questions) : _questions)
        {
            bank.Add(question);
        }

        return bank;
    }

    private BankBuilder Add(string topic, Difficulty difficulty, int count, Action<Question> settle)
    {
        for (var i = 0; i < count; i++)
        {
            var question = QuestionBuilder.MultipleChoice().WithId(Ids.Of(_nextId++)).OnTopic(topic).OfDifficulty(difficulty).Build();
            settle(question);
            _questions.Add(question);
        }

        return this;
    }
}
