namespace TrainingDomain.Rules;

/// <summary>
/// Holds when at least one inner rule holds; fails when all fail; otherwise unknown. Alternatives are tried in order and
/// the first that holds ends the evaluation, so a passed result lists the alternatives up to the one that held.
/// </summary>
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
        _passed = $"Đáp ứng: {description}.";
        _failed = $"Không đáp ứng: {description}.";
        _unknown = $"Chưa đủ thông tin để xác định: {description}.";
    }

    private readonly string _passed;
    private readonly ResultCache<RuleResult> _passedOnFirst = ResultCache<RuleResult>.ByReference();
    private readonly string _failed;
    private readonly string _unknown;

    /// <summary>A Vietnamese description of the alternatives.</summary>
    public override string Description { get; }

    /// <summary>The alternatives.</summary>
    public IReadOnlyList<Rule<TContext>> Rules => _rules;

    /// <inheritdoc />
    public override RuleResult Evaluate(TContext context)
    {
        var first = _rules[0].Evaluate(context);
        if (first.Outcome == RuleOutcome.Passed)
        {
            // Leaf rules share results that depend on one value (an education level, say); so can this one.
            return _passedOnFirst.GetOrAdd(first, this, static (child, self) => self.Combined(RuleOutcome.Passed, self._passed, [child]));
        }

        var children = new RuleResult[_rules.Length];
        children[0] = first;
        var outcome = first.Outcome;
        var evaluated = 1;
        while (evaluated < _rules.Length && outcome != RuleOutcome.Passed)
        {
            var child = children[evaluated++] = _rules[evaluated - 1].Evaluate(context);
            if (child.Outcome == RuleOutcome.Passed)
            {
                outcome = RuleOutcome.Passed;
            }
            else if (child.Outcome == RuleOutcome.Unknown)
            {
                outcome = RuleOutcome.Unknown;
            }
        }

        if (evaluated < children.Length)
        {
            Array.Resize(ref children, evaluated);
        }

        var message = outcome switch
        {
            RuleOutcome.Passed => _passed,
            RuleOutcome.Failed => _failed,
            _ => _unknown,
        };
        return Combined(outcome, message, children);
    }
}
