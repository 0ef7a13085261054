namespace TrainingDomain.Rules;

/// <summary>
/// A named, versioned business rule over a context (a learner and a programme on a date, a lecturer and a session, a
/// class about to open, ...). Rules compose with <see cref="AllOf{TContext}"/>, <see cref="AnyOf{TContext}"/> and
/// <see cref="Not{TContext}"/>, so a province can build its own rule sets from the primitives the library ships.
/// </summary>
/// <typeparam name="TContext">What the rule looks at.</typeparam>
public abstract class Rule<TContext>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable id, e.g. <c>Audience.MinimumEducation</c>.</param>
    /// <param name="version">The rule's version; bump it when its meaning changes, so stored verdicts stay explainable.</param>
    /// <param name="legalBasis">The regulation the rule rests on, or the policy that assumes it.</param>
    /// <exception cref="ArgumentException">When the id is blank or the version is not positive.</exception>
    protected Rule(string id, int version, string legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentNullException.ThrowIfNull(legalBasis);
        Id = id;
        Version = version;
        LegalBasis = legalBasis;
    }

    /// <summary>The stable id of the rule.</summary>
    public string Id { get; }

    /// <summary>The version of the rule.</summary>
    public int Version { get; }

    /// <summary>The regulation or policy the rule rests on.</summary>
    public string LegalBasis { get; }

    /// <summary>What the rule requires, in Vietnamese (e.g. "trình độ học vấn từ THCS trở lên"); the id when not given.</summary>
    public virtual string Description => Id;

    /// <summary>Applies the rule.</summary>
    /// <param name="context">What to look at.</param>
    /// <returns>The explained result.</returns>
    public abstract RuleResult Evaluate(TContext context);

    /// <summary>A passed result of this rule.</summary>
    /// <param name="message">Why it passed.</param>
    /// <param name="facts">The facts used.</param>
    /// <returns>The result.</returns>
    protected RuleResult Pass(string message, params Fact[] facts) =>
        RuleResult.Trusted(this, RuleOutcome.Passed, message, facts, [], []);

    /// <summary>A failed result of this rule.</summary>
    /// <param name="message">Why it failed.</param>
    /// <param name="facts">The facts used.</param>
    /// <returns>The result.</returns>
    protected RuleResult Fail(string message, params Fact[] facts) =>
        RuleResult.Trusted(this, RuleOutcome.Failed, message, facts, [], []);

    /// <summary>An unknown result of this rule because a fact is not recorded.</summary>
    /// <param name="missingFact">The name of the missing fact.</param>
    /// <param name="message">What is missing, for people.</param>
    /// <param name="facts">The facts used.</param>
    /// <returns>The result.</returns>
    protected RuleResult Unknown(string missingFact, string message, params Fact[] facts) =>
        RuleResult.Trusted(this, RuleOutcome.Unknown, message, facts, [missingFact], []);

    /// <summary>A composite's result over its children's results.</summary>
    /// <param name="outcome">The combined outcome.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="children">The children's results.</param>
    /// <param name="facts">The facts used, if any beyond the children's.</param>
    /// <returns>The result.</returns>
    protected RuleResult Combined(RuleOutcome outcome, string message, RuleResult[] children, IReadOnlyList<Fact>? facts = null) =>
        RuleResult.Trusted(this, outcome, message, facts ?? [], [], children);
}
