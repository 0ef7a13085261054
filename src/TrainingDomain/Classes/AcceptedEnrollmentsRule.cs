namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.EnrollmentsAccepted</c>: every active enrolment rests on an eligible verdict or on a recorded override
/// (<see cref="Verdict.IsAccepted"/>). A re-check that turned a learner ineligible makes this rule fail.
/// </summary>
public sealed class AcceptedEnrollmentsRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.EnrollmentsAccepted";

    /// <summary>Creates the rule.</summary>
    public AcceptedEnrollmentsRule()
        : base(RuleId, 1, $"{OpeningRules.Basis}; chiêu sinh đúng đối tượng")
    {
    }

    /// <inheritdoc />
    public override string Description => "mọi học viên đúng đối tượng hoặc được phê duyệt ngoại lệ";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unaccepted = context.Class.Enrollments
            .Where(e => e.IsActive && !e.Verdict.IsAccepted)
            .Select(e => e.Learner.FullName)
            .ToList();
        return unaccepted.Count == 0
            ? Pass("Mọi học viên đều đúng đối tượng hoặc đã được phê duyệt ngoại lệ.")
            : Fail(
                $"Học viên chưa đúng đối tượng và chưa được phê duyệt ngoại lệ: {string.Join(", ", unaccepted)}.",
                new Fact(OpeningFactNames.UnacceptedLearners, string.Join(", ", unaccepted)));
    }
}
