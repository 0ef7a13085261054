namespace TrainingDomain.Assessment;

/// <summary>A blueprint cell the bank cannot fill: how many approved questions were asked for and how many there are.</summary>
public sealed record BlueprintShortage
{
    private BlueprintShortage(QuestionKind kind, string? topicCode, Difficulty? difficulty, int required, int available)
    {
        Kind = kind;
        TopicCode = topicCode;
        Difficulty = difficulty;
        Required = required;
        Available = available;
    }

    /// <summary>Multiple choice (a cell) or essay (the essay count).</summary>
    public QuestionKind Kind { get; }

    /// <summary>The cell's topic; <c>null</c> for essays.</summary>
    public string? TopicCode { get; }

    /// <summary>The cell's difficulty; <c>null</c> for essays.</summary>
    public Difficulty? Difficulty { get; }

    /// <summary>How many questions the blueprint asks for.</summary>
    public int Required { get; }

    /// <summary>How many approved questions the bank has.</summary>
    public int Available { get; }

    /// <summary>How many are missing.</summary>
    public int Missing => Required - Available;

    /// <summary>
    /// The shortage in Vietnamese, e.g. "Chuyên đề 2, mức Khó: cần 5 câu, ngân hàng chỉ có 3 câu đã duyệt (thiếu 2)".
    /// </summary>
    public string Message =>
        $"{(Kind == QuestionKind.Essay ? "Câu tự luận" : $"Chuyên đề {TopicCode}, mức {AssessmentLabels.Of(Difficulty!.Value)}")}: " +
        $"cần {Required} câu, ngân hàng chỉ có {Available} câu đã duyệt (thiếu {Missing})";

    internal static BlueprintShortage ForCell(string topicCode, Difficulty difficulty, int required, int available) =>
        new(QuestionKind.MultipleChoice, topicCode, difficulty, required, available);

    internal static BlueprintShortage ForEssays(int required, int available) =>
        new(QuestionKind.Essay, null, null, required, available);
}
