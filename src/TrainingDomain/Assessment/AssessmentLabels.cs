namespace TrainingDomain.Assessment;

/// <summary>Vietnamese labels for assessment values shown to people.</summary>
public static class AssessmentLabels
{
    /// <summary>The Vietnamese name of a difficulty: "Dễ", "Trung bình" or "Khó".</summary>
    /// <param name="difficulty">The difficulty.</param>
    /// <returns>The label.</returns>
    public static string Of(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "Dễ",
        Difficulty.Medium => "Trung bình",
        Difficulty.Hard => "Khó",
        _ => difficulty.ToString(),
    };

    /// <summary>The Vietnamese name of a question status: "Nháp", "Đã duyệt" or "Ngừng sử dụng".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    public static string Of(QuestionStatus status) => status switch
    {
        QuestionStatus.Draft => "Nháp",
        QuestionStatus.Approved => "Đã duyệt",
        QuestionStatus.Retired => "Ngừng sử dụng",
        _ => status.ToString(),
    };

    /// <summary>The Vietnamese name of a question kind: "trắc nghiệm" or "tự luận".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    public static string Of(QuestionKind kind) => kind == QuestionKind.MultipleChoice ? "trắc nghiệm" : "tự luận";

    /// <summary>The Vietnamese name of a result class: "Xuất sắc", "Giỏi", "Khá", "Đạt" or "Không đạt".</summary>
    /// <param name="resultClass">The class.</param>
    /// <returns>The label.</returns>
    public static string Of(ResultClass resultClass) => resultClass switch
    {
        ResultClass.Excellent => "Xuất sắc",
        ResultClass.Good => "Giỏi",
        ResultClass.Fair => "Khá",
        ResultClass.Pass => "Đạt",
        ResultClass.Fail => "Không đạt",
        _ => resultClass.ToString(),
    };

    /// <summary>The Vietnamese name of an assessment kind: "bài thu hoạch" or "bài kiểm tra".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    public static string Of(AssessmentKind kind) => kind == AssessmentKind.FinalPaper ? "bài thu hoạch" : "bài kiểm tra";

    /// <summary>The Vietnamese name of a certificate status: "Còn hiệu lực" or "Đã hủy".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    public static string Of(CertificateStatus status) => status == CertificateStatus.Valid ? "Còn hiệu lực" : "Đã hủy";

    /// <summary>A share as a Vietnamese percentage with at most one decimal: 0.775 → "77,5 %".</summary>
    /// <param name="share">The share, 1 = 100 %.</param>
    /// <returns>The formatted percentage.</returns>
    public static string Percent(decimal share) =>
        (share * 100m).ToString("0.#", People.Labels.Vietnamese) + " %";
}
