namespace TrainingDomain.People;

/// <summary>
/// The political-theory level a person holds (trình độ lý luận chính trị, LLCT). Values are ordered, so levels compare
/// with &lt; and &gt;.
/// </summary>
public enum PoliticalTheoryLevel
{
    /// <summary>No political-theory credential.</summary>
    None = 0,

    /// <summary>Sơ cấp (elementary).</summary>
    Elementary = 1,

    /// <summary>Trung cấp (intermediate).</summary>
    Intermediate = 2,

    /// <summary>Cao cấp (advanced).</summary>
    Advanced = 3,

    /// <summary>Cử nhân (bachelor).</summary>
    Bachelor = 4,
}
