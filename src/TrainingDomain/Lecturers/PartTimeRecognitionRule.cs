using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// <c>Qualification.PartTimeRecognition</c>: a part-time lecturer holds a recognition decision valid on the teaching
/// date (both ends of a decision included). When none is, the message names the decision that ended most recently and
/// the day it ended, or the next one and the day it starts. Does not apply to full-time or invited lecturers.
/// </summary>
public sealed class PartTimeRecognitionRule : Rule<QualificationContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Qualification.PartTimeRecognition";

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy (for its version).</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public PartTimeRecognitionRule(QualificationPolicy policy)
        : base(
            RuleId,
            (policy ?? throw new ArgumentNullException(nameof(policy))).Version,
            "Giảng viên kiêm chức phải có quyết định công nhận của cấp ủy; " +
            "yêu cầu quyết định còn hiệu lực vào ngày giảng là chính sách cấu hình được")
    {
    }

    /// <inheritdoc />
    public override string Description => "giảng viên kiêm chức có quyết định công nhận còn hiệu lực vào ngày giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(QualificationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lecturer = context.Lecturer;
        var kind = new Fact(FactNames.LecturerKind, LecturerLabels.Of(lecturer.Kind));
        var date = Fact.OfDate(FactNames.TeachingDate, context.Date);
        if (lecturer.Kind != LecturerKind.PartTime)
        {
            return Pass(
                $"Không áp dụng: chỉ giảng viên kiêm chức cần quyết định công nhận; đây là giảng viên {LecturerLabels.Of(lecturer.Kind)}.",
                kind);
        }

        var valid = lecturer.RecognitionValidOn(context.Date);
        if (valid is not null)
        {
            return Pass(
                $"Quyết định công nhận giảng viên kiêm chức số {valid.DecisionNumber} ({valid.IssuedBy}) còn hiệu lực vào ngày giảng {Labels.Of(context.Date)} (hiệu lực đến hết ngày {Labels.Of(valid.ValidTo)}).",
                Facts(kind, date, valid));
        }

        var ended = lecturer.Recognitions.Where(r => r.ValidTo < context.Date).MaxBy(r => r.ValidTo);
        if (ended is not null)
        {
            return Fail(
                $"Quyết định công nhận giảng viên kiêm chức số {ended.DecisionNumber} ({ended.IssuedBy}) đã hết hiệu lực: chỉ có hiệu lực đến hết ngày {Labels.Of(ended.ValidTo)}, trước ngày giảng {Labels.Of(context.Date)}.",
                Facts(kind, date, ended));
        }

        var upcoming = lecturer.Recognitions.Where(r => r.ValidFrom > context.Date).MinBy(r => r.ValidFrom);
        if (upcoming is not null)
        {
            return Fail(
                $"Quyết định công nhận giảng viên kiêm chức số {upcoming.DecisionNumber} ({upcoming.IssuedBy}) chỉ có hiệu lực từ ngày {Labels.Of(upcoming.ValidFrom)}, sau ngày giảng {Labels.Of(context.Date)}.",
                Facts(kind, date, upcoming));
        }

        return Fail(
            $"Giảng viên kiêm chức {lecturer.FullName} chưa có quyết định công nhận giảng viên kiêm chức.",
            kind,
            date,
            new Fact(FactNames.RecognitionDecision, null));
    }

    private static Fact[] Facts(Fact kind, Fact date, RecognitionDecision decision) =>
    [
        kind,
        date,
        new Fact(FactNames.RecognitionDecision, decision.DecisionNumber),
        Fact.OfDate(FactNames.RecognitionValidFrom, decision.ValidFrom),
        Fact.OfDate(FactNames.RecognitionValidTo, decision.ValidTo),
    ];
}
