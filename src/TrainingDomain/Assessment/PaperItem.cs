namespace TrainingDomain.Assessment;

/// <summary>
/// One numbered question of a paper variant, copied from the bank as it was when the paper was drawn (wording,
/// version, options in the variant's order with the variant's keys), so a revised question never changes a printed paper.
/// </summary>
public sealed record PaperItem
{
    internal PaperItem(int number, Question question, IReadOnlyList<AnswerOption> options, string? correctKey)
    {
        Number = number;
        QuestionId = question.Id;
        QuestionVersion = question.Version;
        Kind = question.Kind;
        TopicCode = question.TopicCode;
        Difficulty = question.Difficulty;
        Stem = question.Stem;
        Options = options;
        CorrectKey = correctKey;
        MarkingGuide = question.MarkingGuide;
    }

    // Rebuilds an item read back from a store, as it was printed.
    internal PaperItem(
        int number,
        Guid questionId,
        int questionVersion,
        QuestionKind kind,
        string topicCode,
        Difficulty difficulty,
        string stem,
        IReadOnlyList<AnswerOption> options,
        string? correctKey,
        string? markingGuide)
    {
        Number = number;
        QuestionId = questionId;
        QuestionVersion = questionVersion;
        Kind = kind;
        TopicCode = topicCode;
        Difficulty = difficulty;
        Stem = stem;
        Options = options;
        CorrectKey = correctKey;
        MarkingGuide = markingGuide;
    }

    /// <summary>The question's number on the paper, from 1 (câu 1, câu 2, ...).</summary>
    public int Number { get; }

    /// <summary>The id of the bank question.</summary>
    public Guid QuestionId { get; }

    /// <summary>The version of the bank question that was drawn.</summary>
    public int QuestionVersion { get; }

    /// <summary>Multiple choice or essay.</summary>
    public QuestionKind Kind { get; }

    /// <summary>The question's topic code.</summary>
    public string TopicCode { get; }

    /// <summary>The question's difficulty.</summary>
    public Difficulty Difficulty { get; }

    /// <summary>The question's text.</summary>
    public string Stem { get; }

    /// <summary>The options in this variant's order, keyed A, B, C, ... afresh; empty for an essay.</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>The key of the correct option in this variant; <c>null</c> for an essay.</summary>
    public string? CorrectKey { get; }

    /// <summary>The marking guide of an essay; <c>null</c> for multiple choice.</summary>
    public string? MarkingGuide { get; }
}
