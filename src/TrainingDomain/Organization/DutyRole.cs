namespace TrainingDomain.Organization;

/// <summary>The part a staff member plays in a duty.</summary>
public enum DutyRole
{
    /// <summary>Chịu trách nhiệm chính: the one person answerable for the duty. Each mandatory duty needs exactly one on any date.</summary>
    Accountable,

    /// <summary>Phối hợp / hỗ trợ: helps; any number allowed.</summary>
    Supporting,
}
