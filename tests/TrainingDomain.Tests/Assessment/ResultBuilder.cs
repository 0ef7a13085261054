using TrainingDomain.Assessment;
using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Assessment;

// Starts from a test scored 8.0 by a learner who attended 36 of 40 periods under an 80 % threshold.
internal sealed class ResultBuilder
{
    public static readonly LocalDate ExamDay = new(2018, 5, 10);
    public static readonly Instant ApprovedAt = Instant.FromUtc(2018, 5, 9, 2, 0);

    private Guid _enrolment = Guid.NewGuid();
    private decimal _score = 8m;
    private int _attended = 36;
    private VerdictOverride? _override;

    public static ResultBuilder Passing() => new();

    public ResultBuilder For(Guid enrolment)
    {
        _enrolment = enrolment;
        return this;
    }

    public ResultBuilder Scoring(decimal score)
    {
        _score = score;
        return this;
    }

    public ResultBuilder Attending(int periodsOf40)
    {
        _attended = periodsOf40;
        return this;
    }

    public ResultBuilder OverriddenBy(string approver, string reason = "Nghỉ ốm có giấy xác nhận của bệnh viện")
    {
        _override = new VerdictOverride(approver, reason, ApprovedAt);
        return this;
    }

    public static AttendanceStanding Standing(int attended) => new(40, attended, 0, 0.8m);

    public AssessmentResult Build() =>
        AssessmentResult.Record(_enrolment, AssessmentKind.Test, Score.Of(_score), Standing(_attended), ExamDay, _override);

    public CertificateCandidate Candidate(string name = "Nguyễn Thị Hoa")
    {
        var result = Build();
        return new CertificateCandidate(result.EnrolmentId, name, result);
    }
}
