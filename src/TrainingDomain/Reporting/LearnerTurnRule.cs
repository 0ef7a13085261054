namespace TrainingDomain.Reporting;

/// <summary>
/// What counts as a learner-turn (lượt học viên). Default (DOMAIN.md §7): one enrolment not withdrawn before the class's
/// first session; one person in two classes is two turns.
/// </summary>
public class LearnerTurnRule : CountingRule
{
    /// <summary>The default rule, version 1.</summary>
    public static LearnerTurnRule Default { get; } = new();

    /// <summary>Creates the default rule.</summary>
    public LearnerTurnRule()
        : this("Count.LearnerTurn", 1, "Mỗi lượt ghi danh không rút trước buổi học đầu tiên là một lượt học viên.")
    {
    }

    /// <summary>Creates a rule for a subclass with its own meaning.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <param name="description">The meaning, in Vietnamese.</param>
    protected LearnerTurnRule(string id, int version, string description)
        : base(id, version, description)
    {
    }

    /// <summary>Whether an enrolment is a learner-turn.</summary>
    /// <param name="enrollment">The enrolment.</param>
    /// <returns><c>true</c> when it counts.</returns>
    public virtual bool Counts(EnrollmentRecord enrollment) => !enrollment.WithdrawnBeforeStart;
}
