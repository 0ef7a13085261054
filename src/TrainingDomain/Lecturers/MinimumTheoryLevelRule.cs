using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// <c>Qualification.MinimumTheoryLevel</c>: the lecturer's political-theory level is at least what the policy requires
/// for the programme (by default trung cấp, cao cấp for <c>SC</c>). Unknown when the level is not recorded; passes for
/// invited lecturers when the policy exempts them.
/// </summary>
public sealed class MinimumTheoryLevelRule : Rule<QualificationContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Qualification.MinimumTheoryLevel";

    private readonly QualificationPolicy _policy;

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy giving the minimums.</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public MinimumTheoryLevelRule(QualificationPolicy policy)
        : base(RuleId, (policy ?? throw new ArgumentNullException(nameof(policy))).Version, $"{QualificationPolicy.AssumedBasis}: trình độ lý luận chính trị tối thiểu theo chương trình")
    {
        _policy = policy;
    }

    /// <inheritdoc />
    public override string Description => $"trình độ lý luận chính trị từ {People.Labels.Of(_policy.MinimumTheoryLevel)} trở lên, cao hơn ở một số chương trình ({string.Join(", ", _policy.TheoryLevelByProgram.Select(p => $"{p.Key}: {People.Labels.Of(p.Value)}"))}), trừ giảng viên thỉnh giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(QualificationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lecturer = context.Lecturer;
        var kind = new Fact(FactNames.LecturerKind, LecturerLabels.Of(lecturer.Kind));
        var program = new Fact(FactNames.ProgramCode, context.ProgramCode);
        if (lecturer.Kind == LecturerKind.Invited && _policy.InvitedLecturersQualifyForAllPrograms)
        {
            return Pass(QualificationMessages.InvitedExempt, kind, program);
        }

        var required = _policy.TheoryLevelFor(context.ProgramCode);
        var requiredFact = new Fact(FactNames.RequiredTheoryLevel, Labels.Of(required));
        if (lecturer.PoliticalTheoryLevel is not { } level)
        {
            return Unknown(
                FactNames.PoliticalTheoryLevel,
                $"Chưa ghi nhận trình độ lý luận chính trị của giảng viên {lecturer.FullName}; chương trình {context.ProgramCode} yêu cầu {Labels.Of(required)} trở lên.",
                kind,
                program,
                requiredFact,
                new Fact(FactNames.PoliticalTheoryLevel, null));
        }

        var facts = new[] { kind, program, requiredFact, new Fact(FactNames.PoliticalTheoryLevel, Labels.Of(level)) };
        return level >= required
            ? Pass($"Trình độ lý luận chính trị {Labels.Of(level)} đạt yêu cầu {Labels.Of(required)} của chương trình {context.ProgramCode}.", facts)
            : Fail($"Trình độ lý luận chính trị {Labels.Of(level)} thấp hơn yêu cầu {Labels.Of(required)} của chương trình {context.ProgramCode}.", facts);
    }
}
