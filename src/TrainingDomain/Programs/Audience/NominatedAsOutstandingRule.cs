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
            return Pass($"Được {party.NominatedBy} giới thiệu là quần chúng ưu tú.", new Fact(FactNames.NominatedBy, party.NominatedBy));
        }

        return Fail(
            "Không được tổ chức nào giới thiệu là quần chúng ưu tú.",
            new Fact(FactNames.PartyMembership, PartyMembershipRule.LabelOf(party.Membership)));
    }
}
