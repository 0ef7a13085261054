namespace TrainingDomain.Programs.Audience;

/// <summary>The learner belongs to an ethnic minority (used for waivers).</summary>
public sealed class EthnicMinorityRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    public EthnicMinorityRule(string id, int version, string legalBasis)
        : base(id, version, legalBasis)
    {
    }

    /// <inheritdoc />
    public override string Description => "là người dân tộc thiểu số";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        var learner = context.Learner;
        if (learner.IsEthnicMinority is not { } minority)
        {
            return Unknown(FactNames.Ethnicity, "Chưa ghi nhận dân tộc.", new Fact(FactNames.Ethnicity, null));
        }

        // The result depends on the ethnicity alone; a province has a few dozen, so results are shared.
        return _byEthnicity.GetOrAdd(learner.Ethnicity!, (Rule: this, Minority: minority), static (ethnicity, state) => state.Rule.Build(ethnicity, state.Minority));
    }

    private readonly ResultCache<string> _byEthnicity = new(StringComparer.Ordinal);

    private RuleResult Build(string ethnicity, bool minority)
    {
        var fact = new Fact(FactNames.Ethnicity, ethnicity);
        return minority
            ? Pass($"Người dân tộc thiểu số ({fact.Value}).", fact)
            : Fail($"Không phải người dân tộc thiểu số ({fact.Value}).", fact);
    }
}
