using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner's Party status must be one of a set (e.g. "not a member", "a member").</summary>
public sealed class PartyMembershipRule : Rule<EligibilityContext>
{
    private static readonly string[] MembershipLabels = ["Quần chúng", "Quần chúng ưu tú", "Đảng viên dự bị", "Đảng viên chính thức"];
    private readonly bool[] _allowed = new bool[4];
    private readonly RuleResult?[] _results = new RuleResult?[4];
    private readonly string _unknownMessage;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="requirement">The requirement in Vietnamese, e.g. "chưa là đảng viên".</param>
    /// <param name="allowed">The statuses that pass.</param>
    public PartyMembershipRule(string id, int version, string legalBasis, string requirement, params PartyMembership[] allowed)
        : base(id, version, legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requirement);
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentOutOfRangeException.ThrowIfZero(allowed.Length, nameof(allowed));
        Requirement = requirement;
        foreach (var membership in allowed)
        {
            _allowed[(int)membership] = true;
        }

        _unknownMessage = $"Chưa ghi nhận tình trạng đảng viên; yêu cầu: {Requirement}.";
    }

    /// <summary>The requirement in Vietnamese.</summary>
    public string Requirement { get; }

    /// <inheritdoc />
    public override string Description => Requirement;

    /// <summary>The Vietnamese label of a status.</summary>
    /// <param name="membership">The status.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(PartyMembership membership) => MembershipLabels[(int)membership];

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.Party is not { } party)
        {
            return Unknown(FactNames.PartyMembership, _unknownMessage, new Fact(FactNames.PartyMembership, null));
        }

        // The result depends on the status alone, so each of the four is built once and shared (results are immutable).
        var index = (int)party.Membership;
        return _results[index] ??= Build(party.Membership);
    }

    private RuleResult Build(PartyMembership membership)
    {
        var fact = new Fact(FactNames.PartyMembership, MembershipLabels[(int)membership]);
        return _allowed[(int)membership]
            ? Pass($"Đáp ứng: {Requirement} ({fact.Value}).", fact)
            : Fail($"Không đáp ứng: {Requirement} (hiện là {fact.Value}).", fact);
    }
}
