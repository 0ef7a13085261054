using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>
/// The learner must be a probationary member admitted less than a given number of months before the class starts
/// (the window is an assumption; 12 months by default).
/// </summary>
public sealed class ProbationaryAdmittedWithinRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="months">The window in months; at least 1.</param>
    public ProbationaryAdmittedWithinRule(string id, int version, string legalBasis, int months)
        : base(id, version, legalBasis)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        Months = months;
    }

    /// <summary>The window in months.</summary>
    public int Months { get; }

    /// <inheritdoc />
    public override string Description => $"là đảng viên dự bị, vào Đảng chưa quá {Months} tháng tính đến ngày khai giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.Party is not { } party)
        {
            return Unknown(FactNames.PartyMembership, "Chưa ghi nhận tình trạng đảng viên; yêu cầu: đảng viên dự bị.", new Fact(FactNames.PartyMembership, null));
        }

        var status = new Fact(FactNames.PartyMembership, PartyMembershipRule.LabelOf(party.Membership));
        if (party.Membership != PartyMembership.Probationary)
        {
            return Fail($"Không phải đảng viên dự bị (hiện là {status.Value}).", status);
        }

        if (party.AdmittedOn is not { } admitted)
        {
            return Unknown(FactNames.PartyAdmissionDate, "Chưa ghi nhận ngày vào Đảng.", status, new Fact(FactNames.PartyAdmissionDate, null));
        }

        var admission = Fact.OfDate(FactNames.PartyAdmissionDate, admitted);
        if (admitted > context.On)
        {
            return Fail($"Ngày vào Đảng ({admission.Value}) sau ngày khai giảng ({Labels.Of(context.On)}).", status, admission);
        }

        return admitted.PlusMonths(Months) > context.On
            ? Pass($"Đảng viên dự bị, vào Đảng ngày {admission.Value} (chưa quá {Months} tháng).", status, admission)
            : Fail($"Vào Đảng ngày {admission.Value}, đã quá {Months} tháng tính đến ngày khai giảng {Labels.Of(context.On)}.", status, admission);
    }
}
