namespace TrainingDomain.Reporting;

/// <summary>The counts of one line of the report (a centre, a programme, a centre × programme, or the total).</summary>
/// <param name="Classes">Classes opened in the period.</param>
/// <param name="LearnerTurns">Learner-turns of those classes.</param>
/// <param name="Completed">Learners who completed.</param>
/// <param name="Passed">Learners who passed.</param>
/// <param name="PlannedPeriods">Periods planned for the learner-turns, the base of the absence rate.</param>
/// <param name="UnexcusedAbsentPeriods">Periods missed without excuse.</param>
/// <param name="RefusedForAudience">Nominees refused for being outside the target audience.</param>
/// <param name="OverriddenForAudience">Learners enrolled by override of an audience verdict.</param>
public readonly record struct Figures(
    int Classes,
    int LearnerTurns,
    int Completed,
    int Passed,
    long PlannedPeriods,
    long UnexcusedAbsentPeriods,
    int RefusedForAudience,
    int OverriddenForAudience)
{
    /// <summary>Unexcused absent periods over planned periods, in [0, 1]; 0 when nothing was planned.</summary>
    public decimal UnexcusedAbsenceRate => PlannedPeriods == 0 ? 0m : (decimal)UnexcusedAbsentPeriods / PlannedPeriods;

    /// <summary>Adds two lines.</summary>
    /// <param name="a">One line.</param>
    /// <param name="b">The other.</param>
    /// <returns>The sum.</returns>
    public static Figures operator +(Figures a, Figures b) => new(
        a.Classes + b.Classes,
        a.LearnerTurns + b.LearnerTurns,
        a.Completed + b.Completed,
        a.Passed + b.Passed,
        a.PlannedPeriods + b.PlannedPeriods,
        a.UnexcusedAbsentPeriods + b.UnexcusedAbsentPeriods,
        a.RefusedForAudience + b.RefusedForAudience,
        a.OverriddenForAudience + b.OverriddenForAudience);
}
