using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// <c>Qualification.MinimumEducation</c>: the lecturer's education level is at least the policy's minimum. Unknown when
/// the level is not recorded; passes for invited lecturers when the policy exempts them.
/// </summary>
public sealed class MinimumEducationRule : Rule<QualificationContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Qualification.MinimumEducation";

    private readonly QualificationPolicy _policy;

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy giving the minimum.</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public MinimumEducationRule(QualificationPolicy policy)
        : base(RuleId, (policy ?? throw new ArgumentNullException(nameof(policy))).Version, $"{QualificationPolicy.AssumedBasis}: trình độ học vấn tối thiểu")
    {
        _policy = policy;
    }

    /// <inheritdoc />
    public override string Description => $"trình độ học vấn từ {People.Labels.Of(_policy.MinimumEducation)} trở lên (trừ giảng viên thỉnh giảng)";

    /// <inheritdoc />
    public override RuleResult Evaluate(QualificationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lecturer = context.Lecturer;
        var kind = new Fact(FactNames.LecturerKind, LecturerLabels.Of(lecturer.Kind));
        if (lecturer.Kind == LecturerKind.Invited && _policy.InvitedLecturersQualifyForAllPrograms)
        {
            return Pass(QualificationMessages.InvitedExempt, kind);
        }

        var minimum = Labels.Of(_policy.MinimumEducation);
        if (lecturer.EducationLevel is not { } level)
        {
            return Unknown(
                FactNames.EducationLevel,
                $"Chưa ghi nhận trình độ học vấn của giảng viên {lecturer.FullName}; yêu cầu tối thiểu {minimum}.",
                kind,
                new Fact(FactNames.EducationLevel, null));
        }

        var facts = new[] { kind, new Fact(FactNames.EducationLevel, Labels.Of(level)) };
        return level >= _policy.MinimumEducation
            ? Pass($"Trình độ học vấn {Labels.Of(level)} đạt yêu cầu tối thiểu {minimum}.", facts)
            : Fail($"Trình độ học vấn {Labels.Of(level)} thấp hơn yêu cầu tối thiểu {minimum}.", facts);
    }
}
