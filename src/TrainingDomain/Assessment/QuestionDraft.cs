namespace TrainingDomain.Assessment;

/// <summary>
/// A question as someone typed it (a form, one row of an import file), before it is a <see cref="Question"/>:
/// <see cref="Problems"/> says in Vietnamese, field by field, what is wrong with it, so the portal can show each error
/// next to its field or cell instead of failing on the first.
/// </summary>
/// <param name="TopicCode">The topic (chuyên đề) code.</param>
/// <param name="Difficulty">The difficulty.</param>
/// <param name="Kind">Multiple choice or essay.</param>
/// <param name="Stem">The question's text.</param>
/// <param name="Options">The options of a multiple-choice question (ignored for an essay).</param>
/// <param name="CorrectKey">The key of the correct option (multiple choice only).</param>
/// <param name="MarkingGuide">The marking guide (essay only).</param>
public sealed record QuestionDraft(
    string? TopicCode,
    Difficulty Difficulty,
    QuestionKind Kind,
    string? Stem,
    IReadOnlyList<AnswerOption> Options,
    string? CorrectKey,
    string? MarkingGuide)
{
    /// <summary>The longest topic code stored.</summary>
    public const int MaxTopicLength = 32;

    /// <summary>The longest question text stored.</summary>
    public const int MaxStemLength = 4000;

    /// <summary>The longest marking guide stored.</summary>
    public const int MaxGuideLength = 8000;

    /// <summary>The longest option text accepted.</summary>
    public const int MaxOptionLength = 1000;

    /// <summary>A multiple-choice draft.</summary>
    /// <param name="topicCode">The topic code.</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <param name="stem">The text.</param>
    /// <param name="options">The options.</param>
    /// <param name="correctKey">The correct option's key.</param>
    /// <returns>The draft.</returns>
    public static QuestionDraft MultipleChoice(string topicCode, Difficulty difficulty, string stem, IReadOnlyList<AnswerOption> options, string correctKey) =>
        new(topicCode, difficulty, QuestionKind.MultipleChoice, stem, options, correctKey, null);

    /// <summary>An essay draft.</summary>
    /// <param name="topicCode">The topic code.</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <param name="stem">The text.</param>
    /// <param name="markingGuide">The marking guide.</param>
    /// <returns>The draft.</returns>
    public static QuestionDraft Essay(string topicCode, Difficulty difficulty, string stem, string markingGuide) =>
        new(topicCode, difficulty, QuestionKind.Essay, stem, [], null, markingGuide);

    /// <summary>
    /// What is wrong with the draft, one entry per field (a field may have more than one); empty when it makes a valid
    /// question. Field names are those of <see cref="QuestionFields"/>.
    /// </summary>
    /// <returns>The problems, in field order.</returns>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(TopicCode))
        {
            problems.Add(new(QuestionFields.Topic, "Chưa nhập mã chuyên đề."));
        }
        else if (TopicCode.Trim().Length > MaxTopicLength)
        {
            problems.Add(new(QuestionFields.Topic, $"Mã chuyên đề dài quá {MaxTopicLength} ký tự."));
        }

        if (!Enum.IsDefined(Difficulty))
        {
            problems.Add(new(QuestionFields.Difficulty, "Mức độ phải là Dễ, Trung bình hoặc Khó."));
        }

        if (!Enum.IsDefined(Kind))
        {
            problems.Add(new(QuestionFields.Kind, "Loại câu hỏi phải là trắc nghiệm hoặc tự luận."));
        }

        if (string.IsNullOrWhiteSpace(Stem))
        {
            problems.Add(new(QuestionFields.Stem, "Chưa nhập nội dung câu hỏi."));
        }
        else if (Stem.Trim().Length > MaxStemLength)
        {
            problems.Add(new(QuestionFields.Stem, $"Nội dung câu hỏi dài quá {MaxStemLength} ký tự."));
        }

        if (Kind == QuestionKind.MultipleChoice)
        {
            var options = Options ?? [];
            if (options.Count < 2)
            {
                problems.Add(new(QuestionFields.Options, $"Câu trắc nghiệm cần ít nhất 2 phương án; mới có {options.Count}."));
            }

            var repeated = options.GroupBy(o => o.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                problems.Add(new(QuestionFields.Options, $"Phương án {repeated.Key} bị nhập hai lần."));
            }

            var tooLong = options.FirstOrDefault(o => o.Text.Length > MaxOptionLength);
            if (tooLong is not null)
            {
                problems.Add(new(QuestionFields.Options, $"Phương án {tooLong.Key} dài quá {MaxOptionLength} ký tự."));
            }

            if (string.IsNullOrWhiteSpace(CorrectKey))
            {
                problems.Add(new(QuestionFields.CorrectKey, "Chưa chọn đáp án đúng."));
            }
            else if (!options.Any(o => string.Equals(o.Key, CorrectKey.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new(QuestionFields.CorrectKey,
                    $"Đáp án «{CorrectKey.Trim()}» không phải là một trong các phương án ({string.Join(", ", options.Select(o => o.Key))})."));
            }
        }
        else if (Kind == QuestionKind.Essay)
        {
            if (string.IsNullOrWhiteSpace(MarkingGuide))
            {
                problems.Add(new(QuestionFields.MarkingGuide, "Câu tự luận cần có hướng dẫn chấm."));
            }
            else if (MarkingGuide.Trim().Length > MaxGuideLength)
            {
                problems.Add(new(QuestionFields.MarkingGuide, $"Hướng dẫn chấm dài quá {MaxGuideLength} ký tự."));
            }
        }

        return problems;
    }

    /// <summary>Builds the question (draft, version 1) in a programme's bank.</summary>
    /// <param name="id">The new question's id.</param>
    /// <param name="programCode">The programme code.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">When <see cref="Problems"/> is not empty.</exception>
    public Question ToQuestion(Guid id, string programCode) =>
        Kind == QuestionKind.Essay
            ? Question.Essay(id, programCode, TopicCode!, Difficulty, Stem!, MarkingGuide!)
            : Question.MultipleChoice(id, programCode, TopicCode!, Difficulty, Stem!, Options, CorrectKey!);
}

/// <summary>The field names <see cref="QuestionDraft.Problems"/> reports against.</summary>
public static class QuestionFields
{
    /// <summary>The topic code.</summary>
    public const string Topic = "Topic";

    /// <summary>The difficulty.</summary>
    public const string Difficulty = "Difficulty";

    /// <summary>The kind (multiple choice or essay).</summary>
    public const string Kind = "Kind";

    /// <summary>The question's text.</summary>
    public const string Stem = "Stem";

    /// <summary>The options.</summary>
    public const string Options = "Options";

    /// <summary>The correct option's key.</summary>
    public const string CorrectKey = "CorrectKey";

    /// <summary>The marking guide.</summary>
    public const string MarkingGuide = "MarkingGuide";
}

/// <summary>One problem with one field of an input, in Vietnamese.</summary>
/// <param name="Field">The field's name.</param>
/// <param name="Message">What is wrong, in Vietnamese.</param>
public sealed record FieldProblem(string Field, string Message);
