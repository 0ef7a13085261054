namespace TrainingDomain.Organization;

/// <summary>
/// A post in a centre. Quy định 208-QĐ/TW allows 4–6 posts; Hải Dương set five: a director, one deputy, two full-time
/// lecturers and one accountant [fact, DOMAIN.md §3].
/// </summary>
public enum StaffPosition
{
    /// <summary>Giám đốc; under Quy định 208-QĐ/TW held concurrently by the head of the district Propaganda Department.</summary>
    Director,

    /// <summary>Phó Giám đốc.</summary>
    DeputyDirector,

    /// <summary>Giảng viên chuyên trách (full-time lecturer).</summary>
    FullTimeLecturer,

    /// <summary>Kế toán.</summary>
    Accountant,

    /// <summary>Chuyên viên (specialist).</summary>
    Specialist,

    /// <summary>Any other post.</summary>
    Other,
}
