namespace TrainingDomain.Rules;

/// <summary>Holds when at least one inner rule holds; fails when all fail; otherwise unknown.</summary>
/// <typeparam name="TContext">What the rules look at.</typeparam>
public sealed class AnyOf<TContext> : Rule<TContext>
{
    private readonly Rule<TContext>[] _rules;

    /// <summary>Creates the composite.</summary>
    /// <param name="id">The composite's id.</param>
    /// <param name="version">The composite's version.</param>
    /// <param name="legalBasis">The regulation or policy the combination rests on.</param>
    /// <param name="description">A Vietnamese description of the alternatives, used in the message.</param>
    /// <param name="rules">The alternatives; at least one.</param>
    public AnyOf(string id, int version, string legalBasis, string description, params Rule<TContext>[] rules)
        : base(id, version, legalBasis)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfZero(rules.Length, nameof(rules));
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description;
        _rules = rules;
    }

    /// <summary>A Vietnamese description of the alternatives.</summary>
    public override string Description { get; }

    /// <summary>The alternatives.</summary>
    public IReadOnlyList<Rule<TContext>> Rules => _rules;

    /// <inheritdoc />
    public override RuleResult Evaluate(TContext context)
    {
        var children = new RuleResult[_rules.Length];
        var outcome = RuleOutcome.Failed;
        for (var i = 0; i < _rules.Length; i++)
        {
            children[i] = _rules[i].Evaluate(context);
            if (children[i].Outcome == RuleOutcome.Passed)
            {
                outcome = RuleOutcome.Passed;
            }
            else if (children[i].Outcome == RuleOutcome.Unknown && outcome == RuleOutcome.Failed)
            {
                outcome = RuleOutcome.Unknown;
            }
        }

        var message = outcome switch
        {
            RuleOutcome.Passed => $"Đáp ứng: {Description}.",
            RuleOutcome.Failed => $"Không đáp ứng: {Description}.",
            _ => $"Chưa đủ thông tin để xác định: {Description}.",
        };
        return new RuleResult(Id, Version, LegalBasis, outcome, message, children: children);
    }
}
