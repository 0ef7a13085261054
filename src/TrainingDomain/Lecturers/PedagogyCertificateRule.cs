namespace TrainingDomain.Lecturers;

/// <summary>
/// <c>Qualification.PedagogyCertificate</c>: a full-time lecturer holds a pedagogy certificate (chứng chỉ nghiệp vụ sư
/// phạm). Unknown when not recorded; does not apply to part-time or invited lecturers.
/// </summary>
public sealed class PedagogyCertificateRule : Rule<QualificationContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Qualification.PedagogyCertificate";

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy (for its version).</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public PedagogyCertificateRule(QualificationPolicy policy)
        : base(RuleId, (policy ?? throw new ArgumentNullException(nameof(policy))).Version, $"{QualificationPolicy.AssumedBasis}: chứng chỉ nghiệp vụ sư phạm đối với giảng viên chuyên trách")
    {
    }

    /// <inheritdoc />
    public override string Description => "giảng viên chuyên trách có chứng chỉ nghiệp vụ sư phạm";

    /// <inheritdoc />
    public override RuleResult Evaluate(QualificationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lecturer = context.Lecturer;
        var kind = new Fact(FactNames.LecturerKind, LecturerLabels.Of(lecturer.Kind));
        if (lecturer.Kind != LecturerKind.FullTime)
        {
            return Pass(
                $"Không áp dụng: chỉ giảng viên chuyên trách cần chứng chỉ nghiệp vụ sư phạm; đây là giảng viên {LecturerLabels.Of(lecturer.Kind)}.",
                kind);
        }

        return lecturer.HasPedagogyCertificate switch
        {
            true => Pass("Giảng viên chuyên trách có chứng chỉ nghiệp vụ sư phạm.", kind, new Fact(FactNames.PedagogyCertificate, "Có")),
            false => Fail("Giảng viên chuyên trách chưa có chứng chỉ nghiệp vụ sư phạm.", kind, new Fact(FactNames.PedagogyCertificate, "Không")),
            null => Unknown(
                FactNames.PedagogyCertificate,
                $"Chưa ghi nhận chứng chỉ nghiệp vụ sư phạm của giảng viên chuyên trách {lecturer.FullName}.",
                kind,
                new Fact(FactNames.PedagogyCertificate, null)),
        };
    }
}
