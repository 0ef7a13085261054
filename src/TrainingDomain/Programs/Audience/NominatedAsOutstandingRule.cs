using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner must be an outstanding non-member nominated by an organisation (quần chúng ưu tú).</summary>
public sealed class NominatedAsOutstandingRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    public NominatedAsOutstandingRule(string id, int version, string legalBasis)
        : base(id, version, legalBasis)
    {
    }

    private readonly ResultCache<string> _byOrganization = new(StringComparer.Ordinal);
    private readonly RuleResult?[] _failures = new RuleResult?[Enum.GetValues<PartyMembership>().Length];

    /// <inheritdoc />
    public override string Description => "được tổ chức giới thiệu là quần chúng ưu tú";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.Party is not { } party)
        {
            return Unknown(FactNames.NominatedBy, "Chưa ghi nhận việc tổ chức giới thiệu là quần chúng ưu tú.", new Fact(FactNames.NominatedBy, null));
        }

        if (party.Membership == PartyMembership.OutstandingNonMember)
        {
            // The result depends on the organisation alone, and a nomination list comes from a few organisations.
            return _byOrganization.GetOrAdd(
                party.NominatedBy!,
                this,
                static (organization, self) => self.Pass("Được tổ chức giới thiệu là quần chúng ưu tú.", new Fact(FactNames.NominatedBy, organization)));
        }

        return _failures[(int)party.Membership] ??= Fail(
            "Không được tổ chức nào giới thiệu là quần chúng ưu tú.",
            new Fact(FactNames.PartyMembership, PartyMembershipRule.LabelOf(party.Membership)));
    }
}
