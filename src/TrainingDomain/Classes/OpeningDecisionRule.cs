namespace TrainingDomain.Classes;

/// <summary><c>Opening.DecisionIssued</c>: the opening decision (quyết định mở lớp) is recorded.</summary>
public sealed class OpeningDecisionRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.DecisionIssued";

    /// <summary>Creates the rule.</summary>
    public OpeningDecisionRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "có quyết định mở lớp";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Class.OpeningDecision is { } decision
            ? Pass($"Đã có quyết định mở lớp {decision}.", new Fact(OpeningFactNames.OpeningDecision, decision.Number))
            : Fail($"Lớp {context.Class.Code} chưa có quyết định mở lớp.", new Fact(OpeningFactNames.OpeningDecision, null));
    }
}
