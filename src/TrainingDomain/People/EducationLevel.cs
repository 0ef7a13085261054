namespace TrainingDomain.People;

/// <summary>
/// The highest education level a person holds (trình độ học vấn), general then professional. The order of the values
/// is the order of the levels, so levels compare with &lt; and &gt;.
/// </summary>
public enum EducationLevel
{
    /// <summary>No schooling completed.</summary>
    None = 0,

    /// <summary>Tiểu học (primary).</summary>
    Primary = 1,

    /// <summary>Trung học cơ sở, THCS (lower secondary).</summary>
    LowerSecondary = 2,

    /// <summary>Trung học phổ thông, THPT (upper secondary).</summary>
    UpperSecondary = 3,

    /// <summary>Trung cấp (vocational secondary).</summary>
    Vocational = 4,

    /// <summary>Cao đẳng (college).</summary>
    College = 5,

    /// <summary>Đại học (university).</summary>
    University = 6,

    /// <summary>Thạc sĩ (master).</summary>
    Master = 7,

    /// <summary>Tiến sĩ (doctorate).</summary>
    Doctorate = 8,
}
