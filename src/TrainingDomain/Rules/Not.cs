namespace TrainingDomain.Rules;

/// <summary>
/// Holds when the inner rule fails, fails when it holds, and stays unknown when it is unknown. Used for exclusions
/// ("except the commune police chief").
/// </summary>
/// <typeparam name="TContext">What the rule looks at.</typeparam>
public sealed class Not<TContext> : Rule<TContext>
{
    /// <summary>Creates the negation.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="version">The rule's version.</param>
    /// <param name="legalBasis">The regulation or policy the exclusion rests on.</param>
    /// <param name="inner">The rule to negate.</param>
    /// <param name="failureMessage">The Vietnamese message when the inner rule holds (so this one fails).</param>
    /// <param name="passMessage">The Vietnamese message when the inner rule fails (so this one holds).</param>
    public Not(string id, int version, string legalBasis, Rule<TContext> inner, string failureMessage, string passMessage)
        : base(id, version, legalBasis)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(failureMessage);
        ArgumentException.ThrowIfNullOrWhiteSpace(passMessage);
        Inner = inner;
        FailureMessage = failureMessage;
        PassMessage = passMessage;
    }

    /// <summary>The negated rule.</summary>
    public Rule<TContext> Inner { get; }

    /// <inheritdoc />
    public override string Description => $"không thuộc trường hợp: {Inner.Description}";

    /// <summary>The message when the inner rule holds.</summary>
    public string FailureMessage { get; }

    /// <summary>The message when the inner rule does not hold.</summary>
    public string PassMessage { get; }

    /// <inheritdoc />
    public override RuleResult Evaluate(TContext context)
    {
        var inner = Inner.Evaluate(context);
        return inner.Outcome switch
        {
            RuleOutcome.Passed => Combined(RuleOutcome.Failed, FailureMessage, [inner], inner.Facts),
            RuleOutcome.Failed => Combined(RuleOutcome.Passed, PassMessage, [inner], inner.Facts),
            _ => Combined(RuleOutcome.Unknown, inner.Message, [inner], inner.Facts),
        };
    }
}
