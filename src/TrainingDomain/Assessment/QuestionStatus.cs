namespace TrainingDomain.Assessment;

/// <summary>Where a question is in its life: Draft → Approved → Retired. Only approved questions go into papers.</summary>
public enum QuestionStatus
{
    /// <summary>Nháp: written or revised, waiting for approval.</summary>
    Draft,

    /// <summary>Đã duyệt: may be drawn into papers.</summary>
    Approved,

    /// <summary>Ngừng sử dụng: kept for the record, never drawn again.</summary>
    Retired,
}
