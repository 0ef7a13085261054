using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.QualifiedLecturers</c>: every session's lecturer is qualified, on the session's date, for the session's
/// topic (<see cref="Lecturers.LecturerQualification"/>). The result has one child per session, naming the session, its
/// date and the lecturer, with the qualification results below it; so <see cref="Verdict.FailedRules"/> reaches the
/// qualification rule that failed.
/// </summary>
public sealed class QualifiedLecturersRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.QualifiedLecturers";

    /// <summary>The id of the per-session results under this rule's result.</summary>
    public const string SessionRuleId = "Opening.SessionLecturerQualified";

    /// <summary>Creates the rule.</summary>
    public QualifiedLecturersRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "mọi buổi học có giảng viên đủ tiêu chuẩn vào ngày giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessions = context.Class.Sessions;
        var children = new RuleResult[sessions.Count];
        var failing = new List<string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            children[i] = Check(context, sessions[i]);
            if (children[i].Outcome != RuleOutcome.Passed)
            {
                failing.Add(children[i].Message);
            }
        }

        var outcome = Verdict.Combine(children) switch
        {
            VerdictOutcome.Ineligible => RuleOutcome.Failed,
            VerdictOutcome.Undetermined => RuleOutcome.Unknown,
            _ => RuleOutcome.Passed,
        };
        var message = outcome == RuleOutcome.Passed
            ? $"Cả {sessions.Count} buổi học đều có giảng viên đủ tiêu chuẩn."
            : $"Có buổi học chưa có giảng viên đủ tiêu chuẩn. {string.Join(" ", failing)}";
        return Combined(outcome, message, children);
    }

    private RuleResult Check(OpeningContext context, ClassSession session)
    {
        Fact[] facts =
        [
            new(OpeningFactNames.SessionNumber, Numbers.Text(session.Number)),
            Fact.OfDate(OpeningFactNames.SessionDate, session.Date),
            new(OpeningFactNames.LecturerId, session.LecturerId),
            new(OpeningFactNames.TopicCode, session.TopicCode),
        ];
        var where = $"Buổi {session.Number} ngày {Labels.Of(session.Date)}";
        if (!context.Lecturers.TryGetValue(session.LecturerId, out var lecturer))
        {
            return new RuleResult(
                SessionRuleId, Version, LegalBasis, RuleOutcome.Unknown,
                $"{where}: không có hồ sơ giảng viên mã {session.LecturerId} để kiểm tra tiêu chuẩn.",
                facts, [OpeningFactNames.LecturerRecord]);
        }

        var verdict = context.Qualification.Check(lecturer, context.Program.Code, session.TopicCode, session.Date);
        var (outcome, message) = verdict.Outcome switch
        {
            VerdictOutcome.Eligible => (RuleOutcome.Passed, $"{where}: giảng viên {lecturer.FullName} đủ tiêu chuẩn giảng chuyên đề {session.TopicCode}."),
            VerdictOutcome.Ineligible => (RuleOutcome.Failed,
                $"{where}: giảng viên {lecturer.FullName} không đủ tiêu chuẩn giảng chuyên đề {session.TopicCode}: " +
                $"{string.Join(" ", verdict.FailedRules.Select(r => $"{r.Message} ({r.RuleId})"))}"),
            _ => (RuleOutcome.Unknown,
                $"{where}: chưa đủ thông tin để xác định tiêu chuẩn của giảng viên {lecturer.FullName} (thiếu {string.Join(", ", verdict.MissingFacts)})."),
        };
        return new RuleResult(SessionRuleId, Version, LegalBasis, outcome, message, facts, [], verdict.Results);
    }
}
