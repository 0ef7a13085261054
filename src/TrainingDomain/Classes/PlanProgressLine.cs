namespace TrainingDomain.Classes;

/// <summary>Progress against the plan for one programme, or for the whole plan.</summary>
/// <param name="ProgramCode">The programme code; <c>null</c> on the total line.</param>
/// <param name="ClassesOpened">Classes opened so far in the year.</param>
/// <param name="ClassesPlanned">Classes planned for the whole year.</param>
/// <param name="LearnerTurns">Learner-turns so far in the year.</param>
/// <param name="LearnerTurnsPlanned">Learner-turns planned for the whole year.</param>
public sealed record PlanProgressLine(string? ProgramCode, int ClassesOpened, int ClassesPlanned, int LearnerTurns, int LearnerTurnsPlanned)
{
    /// <summary>Classes opened over planned, e.g. 0.64; <c>null</c> when none were planned.</summary>
    public decimal? ClassShare => ClassesPlanned == 0 ? null : (decimal)ClassesOpened / ClassesPlanned;

    /// <summary>Learner-turns over planned; <c>null</c> when none were planned.</summary>
    public decimal? LearnerTurnShare => LearnerTurnsPlanned == 0 ? null : (decimal)LearnerTurns / LearnerTurnsPlanned;
}
