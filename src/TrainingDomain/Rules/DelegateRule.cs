namespace TrainingDomain.Rules;

/// <summary>
/// A rule written as a function, for a province's own rules that the built-in primitives do not cover.
/// </summary>
/// <typeparam name="TContext">What the rule looks at.</typeparam>
public sealed class DelegateRule<TContext> : Rule<TContext>
{
    private readonly Func<TContext, (RuleOutcome Outcome, string Message, Fact[] Facts, string? MissingFact)> _evaluate;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="version">The rule's version.</param>
    /// <param name="legalBasis">The regulation or policy it rests on.</param>
    /// <param name="evaluate">The function: outcome, Vietnamese message, facts used and, when unknown, the missing fact.</param>
    public DelegateRule(
        string id,
        int version,
        string legalBasis,
        Func<TContext, (RuleOutcome Outcome, string Message, Fact[] Facts, string? MissingFact)> evaluate)
        : base(id, version, legalBasis)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        _evaluate = evaluate;
    }

    /// <inheritdoc />
    public override RuleResult Evaluate(TContext context)
    {
        var (outcome, message, facts, missing) = _evaluate(context);
        return outcome == RuleOutcome.Unknown
            ? new RuleResult(Id, Version, LegalBasis, outcome, message, facts, [missing ?? "?"])
            : new RuleResult(Id, Version, LegalBasis, outcome, message, facts);
    }
}
