namespace TrainingDomain.Reporting;

/// <summary>Progress against the annual plan from the start of the year to the end of the period.</summary>
/// <param name="ProgramCode">The programme; <c>null</c> for the total.</param>
/// <param name="PlannedClasses">Classes planned for the whole year.</param>
/// <param name="OpenedClasses">Classes opened from the start of the year to the end of the period.</param>
/// <param name="PlannedLearnerTurns">Learner-turns planned for the whole year.</param>
/// <param name="LearnerTurns">Learner-turns from the start of the year to the end of the period.</param>
public sealed record PlanProgress(string? ProgramCode, int PlannedClasses, int OpenedClasses, int PlannedLearnerTurns, int LearnerTurns)
{
    /// <summary>Opened over planned classes; <c>null</c> when none were planned.</summary>
    public decimal? ClassShare => PlannedClasses == 0 ? null : (decimal)OpenedClasses / PlannedClasses;

    /// <summary>Learner-turns over planned learner-turns; <c>null</c> when none were planned.</summary>
    public decimal? LearnerTurnShare => PlannedLearnerTurns == 0 ? null : (decimal)LearnerTurns / PlannedLearnerTurns;
}
