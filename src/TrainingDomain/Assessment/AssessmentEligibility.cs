using TrainingDomain.Classes;

namespace TrainingDomain.Assessment;

/// <summary>
/// Whether a learner may be assessed, as a <see cref="Verdict"/> of the rule set <c>Assessment.Eligibility</c>. An
/// ineligible verdict can be overridden (<see cref="Verdict.OverrideWith"/>) by an approver with a reason.
/// </summary>
public static class AssessmentEligibility
{
    /// <summary>The rule set's id.</summary>
    public const string RuleSetId = "Assessment.Eligibility";

    /// <summary>The rule set: the attendance threshold.</summary>
    public static RuleSet<AttendanceStanding> Rules { get; } = new(RuleSetId, [AttendanceThresholdRule.Instance]);

    /// <summary>Checks a learner's attendance standing.</summary>
    /// <param name="standing">The standing from the attendance engine.</param>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">When the standing is null.</exception>
    public static Verdict Check(AttendanceStanding standing, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return Rules.Evaluate(standing, asOf);
    }
}
