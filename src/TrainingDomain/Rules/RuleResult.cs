namespace TrainingDomain.Rules;

/// <summary>
/// What one rule decided about one subject, with everything needed to explain it later: the rule's id and version,
/// its legal basis, the outcome, a Vietnamese message, the facts it used and, for a composite rule, its children.
/// </summary>
public sealed record RuleResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="ruleId">The stable id of the rule, e.g. <c>NTD.NotPartyMember</c>.</param>
    /// <param name="ruleVersion">The version of the rule that produced the result.</param>
    /// <param name="legalBasis">The regulation the rule rests on, or the policy that assumes it.</param>
    /// <param name="outcome">Passed, failed or unknown.</param>
    /// <param name="message">A Vietnamese sentence an administrator can read.</param>
    /// <param name="facts">The facts the rule used.</param>
    /// <param name="missingFacts">The names of the facts that were needed but not recorded (only for <see cref="RuleOutcome.Unknown"/>).</param>
    /// <param name="children">The results of the rules a composite rule combines.</param>
    public RuleResult(
        string ruleId,
        int ruleVersion,
        string legalBasis,
        RuleOutcome outcome,
        string message,
        IReadOnlyList<Fact>? facts = null,
        IReadOnlyList<string>? missingFacts = null,
        IReadOnlyList<RuleResult>? children = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ruleVersion);
        ArgumentNullException.ThrowIfNull(legalBasis);
        ArgumentNullException.ThrowIfNull(message);
        RuleId = ruleId;
        RuleVersion = ruleVersion;
        LegalBasis = legalBasis;
        Outcome = outcome;
        Message = message;
        Facts = facts ?? [];
        MissingFacts = missingFacts ?? [];
        Children = children ?? [];
    }

    // Results built by a Rule, whose id, version and basis were checked when the rule was made, skip the argument
    // checks: this is the hot path of every verdict.
    private RuleResult(RuleOutcome outcome, string ruleId, int ruleVersion, string legalBasis, string message, IReadOnlyList<Fact> facts, IReadOnlyList<string> missingFacts, IReadOnlyList<RuleResult> children)
    {
        RuleId = ruleId;
        RuleVersion = ruleVersion;
        LegalBasis = legalBasis;
        Outcome = outcome;
        Message = message;
        Facts = facts;
        MissingFacts = missingFacts;
        Children = children;
    }

    /// <summary>The stable id of the rule.</summary>
    public string RuleId { get; }

    /// <summary>The version of the rule that produced this result.</summary>
    public int RuleVersion { get; }

    /// <summary>The regulation the rule rests on, or the configurable policy that assumes it.</summary>
    public string LegalBasis { get; }

    /// <summary>Passed, failed or unknown.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>A Vietnamese sentence explaining the outcome.</summary>
    public string Message { get; }

    /// <summary>The facts the rule used, with the values it saw.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The facts that were needed but not recorded; empty unless the outcome is <see cref="RuleOutcome.Unknown"/>.</summary>
    public IReadOnlyList<string> MissingFacts { get; }

    /// <summary>For a composite rule (all of, any of, not), the results of the rules it combines.</summary>
    public IReadOnlyList<RuleResult> Children { get; }

    internal static RuleResult Trusted<TContext>(Rule<TContext> rule, RuleOutcome outcome, string message, IReadOnlyList<Fact> facts, IReadOnlyList<string> missingFacts, IReadOnlyList<RuleResult> children) =>
        new(outcome, rule.Id, rule.Version, rule.LegalBasis, message, facts, missingFacts, children);

    /// <summary>This result and every result below it, depth first.</summary>
    public IEnumerable<RuleResult> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.SelfAndDescendants())
            {
                yield return descendant;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} v{RuleVersion}: {Outcome} – {Message}";
}
