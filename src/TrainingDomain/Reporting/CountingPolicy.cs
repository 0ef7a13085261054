namespace TrainingDomain.Reporting;

/// <summary>The counting rules a report uses.</summary>
/// <param name="LearnerTurns">What a learner-turn is.</param>
/// <param name="ClassPeriod">In which period a class counts.</param>
public sealed record CountingPolicy(LearnerTurnRule LearnerTurns, ClassPeriodRule ClassPeriod)
{
    /// <summary>The default rules of DOMAIN.md §7.</summary>
    public static CountingPolicy Default { get; } = new(LearnerTurnRule.Default, ClassPeriodRule.Default);

    /// <summary>The rules, for printing in a report ("Count.LearnerTurn v1, Count.ClassPeriod v1").</summary>
    public IReadOnlyList<CountingRule> Rules => [LearnerTurns, ClassPeriod];
}
