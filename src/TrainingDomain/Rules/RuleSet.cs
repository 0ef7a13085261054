namespace TrainingDomain.Rules;

/// <summary>
/// A named list of rules that all must hold; evaluating it gives a <see cref="Verdict"/> with one result per rule.
/// </summary>
/// <typeparam name="TContext">What the rules look at.</typeparam>
public sealed class RuleSet<TContext>
{
    private readonly Rule<TContext>[] _rules;

    /// <summary>Creates a rule set.</summary>
    /// <param name="id">The rule set's id, stored with every verdict it gives (e.g. <c>Eligibility.NTD</c>).</param>
    /// <param name="rules">The rules, in the order they are reported.</param>
    /// <exception cref="ArgumentException">When the id is blank.</exception>
    public RuleSet(string id, IEnumerable<Rule<TContext>> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(rules);
        Id = id;
        _rules = rules.ToArray();
    }

    /// <summary>The rule set's id.</summary>
    public string Id { get; }

    /// <summary>The rules, in report order.</summary>
    public IReadOnlyList<Rule<TContext>> Rules => _rules;

    /// <summary>Applies every rule.</summary>
    /// <param name="context">What to look at.</param>
    /// <param name="asOf">The date the rules are applied on, recorded in the verdict.</param>
    /// <returns>The verdict.</returns>
    public Verdict Evaluate(TContext context, LocalDate asOf)
    {
        var results = new RuleResult[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            results[i] = _rules[i].Evaluate(context);
        }

        return new Verdict(Id, asOf, results);
    }
}
