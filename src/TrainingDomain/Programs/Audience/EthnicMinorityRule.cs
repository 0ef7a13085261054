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

        var fact = new Fact(FactNames.Ethnicity, learner.Ethnicity);
        return minority
            ? Pass($"Người dân tộc thiểu số ({fact.Value}).", fact)
            : Fail($"Không phải người dân tộc thiểu số ({fact.Value}).", fact);
    }
}
