namespace TrainingDomain.Rules;

/// <summary>Holds when every inner rule holds; fails when any fails; otherwise unknown.</summary>
/// <typeparam name="TContext">What the rules look at.</typeparam>
public sealed class AllOf<TContext> : Rule<TContext>
{
    private readonly Rule<TContext>[] _rules;

    /// <summary>Creates the composite.</summary>
    /// <param name="id">The composite's id.</param>
    /// <param name="version">The composite's version.</param>
    /// <param name="legalBasis">The regulation or policy the combination rests on.</param>
    /// <param name="description">A Vietnamese description of the combined requirement, used in the message.</param>
    /// <param name="rules">The rules that must all hold; at least one.</param>
    public AllOf(string id, int version, string legalBasis, string description, params Rule<TContext>[] rules)
        : base(id, version, legalBasis)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfZero(rules.Length, nameof(rules));
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Description = description;
        _rules = rules;
        _passed = $"Đáp ứng: {description}.";
        _failed = $"Không đáp ứng: {description}.";
        _unknown = $"Chưa đủ thông tin để xác định: {description}.";
    }

    private readonly string _passed;
    private readonly string _failed;
    private readonly string _unknown;

    /// <summary>A Vietnamese description of the combined requirement.</summary>
    public override string Description { get; }

    /// <summary>The rules combined.</summary>
    public IReadOnlyList<Rule<TContext>> Rules => _rules;

    /// <inheritdoc />
    public override RuleResult Evaluate(TContext context)
    {
        var children = new RuleResult[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            children[i] = _rules[i].Evaluate(context);
        }

        var outcome = Verdict.Combine(children) switch
        {
            VerdictOutcome.Ineligible => RuleOutcome.Failed,
            VerdictOutcome.Undetermined => RuleOutcome.Unknown,
            _ => RuleOutcome.Passed,
        };
        var message = outcome switch
        {
            RuleOutcome.Passed => _passed,
            RuleOutcome.Failed => _failed,
            _ => _unknown,
        };
        return Combined(outcome, message, children);
    }
}
