using TrainingDomain.Classes;

namespace TrainingDomain.Assessment;

/// <summary>
/// A learner's result of the final paper (bài thu hoạch) or test (bài kiểm tra) of a class: the score, its class under
/// the grading policy, and the attendance standing and eligibility verdict it was recorded against.
/// </summary>
/// <remarks>
/// A learner below the attendance threshold cannot receive a passing result unless an override (approver, reason,
/// instant) is recorded with it; a failing result can always be recorded. The result keeps the
/// <see cref="AttendanceStanding"/> it used, so later changes to attendance do not silently change it.
/// </remarks>
/// <example>
/// <code>
/// var result = AssessmentResult.Record(enrolmentId, AssessmentKind.Test, Score.Of(8.5m), standing, examDay);
/// result.Classification;   // ResultClass.Good
/// </code>
/// </example>
public sealed class AssessmentResult
{
    private AssessmentResult(
        Guid enrolmentId, AssessmentKind kind, Score score, ResultClass classification, int policyVersion, AttendanceStanding attendance, Verdict eligibility, LocalDate assessedOn)
    {
        EnrolmentId = enrolmentId;
        Kind = kind;
        Score = score;
        Classification = classification;
        GradingPolicyVersion = policyVersion;
        Attendance = attendance;
        AttendanceVerdict = eligibility;
        AssessedOn = assessedOn;
    }

    // For EF Core.
    private AssessmentResult()
    {
        Attendance = null!;
        AttendanceVerdict = null!;
    }

    /// <summary>The enrolment (one learner in one class) the result belongs to.</summary>
    public Guid EnrolmentId { get; private set; }

    /// <summary>Final paper or test.</summary>
    public AssessmentKind Kind { get; private set; }

    /// <summary>The score.</summary>
    public Score Score { get; private set; }

    /// <summary>The class of the score under the policy used.</summary>
    public ResultClass Classification { get; private set; }

    /// <summary>Whether the result is a pass (any class but không đạt).</summary>
    public bool IsPassing => GradingPolicy.IsPassing(Classification);

    /// <summary>The version of the grading policy used.</summary>
    public int GradingPolicyVersion { get; private set; }

    /// <summary>The attendance standing the result was recorded against.</summary>
    public AttendanceStanding Attendance { get; private set; }

    /// <summary>The eligibility verdict from that standing, with the override when one was recorded.</summary>
    public Verdict AttendanceVerdict { get; private set; }

    /// <summary>The attendance override, or <c>null</c>.</summary>
    public VerdictOverride? AttendanceOverride => AttendanceVerdict.Override;

    /// <summary>Whether the learner met the attendance threshold or an override let them through.</summary>
    public bool AttendanceAccepted => AttendanceVerdict.IsAccepted;

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; private set; }

    /// <summary>Records a result.</summary>
    /// <param name="enrolmentId">The enrolment; not empty.</param>
    /// <param name="kind">Final paper or test.</param>
    /// <param name="score">The score.</param>
    /// <param name="attendance">The learner's attendance standing from the attendance engine.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="attendanceOverride">
    /// The approval that lets a learner below the attendance threshold pass; only for such a learner.
    /// </param>
    /// <param name="policy">The grading policy; <see cref="GradingPolicy.Default"/> when <c>null</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">When the enrolment id is empty or the override's approver or reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is not a defined value.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Result.AttendanceBelowThreshold</c> when the learner is below the threshold, the score passes and there is no
    /// override; <c>Verdict.OverrideNotNeeded</c> when an override is given for a learner who meets the threshold.
    /// </exception>
    public static AssessmentResult Record(
        Guid enrolmentId,
        AssessmentKind kind,
        Score score,
        AttendanceStanding attendance,
        LocalDate assessedOn,
        VerdictOverride? attendanceOverride = null,
        GradingPolicy? policy = null)
    {
        if (enrolmentId == Guid.Empty)
        {
            throw new ArgumentException("A result needs the id of the enrolment it belongs to.", nameof(enrolmentId));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined assessment kind.");
        }

        ArgumentNullException.ThrowIfNull(attendance);
        policy ??= GradingPolicy.Default;
        var verdict = AssessmentEligibility.Check(attendance, assessedOn);
        if (attendanceOverride is not null)
        {
            verdict = verdict.OverrideWith(attendanceOverride.Approver, attendanceOverride.Reason, attendanceOverride.ApprovedAt);
        }

        var classification = policy.Classify(score);
        if (!verdict.IsAccepted && GradingPolicy.IsPassing(classification))
        {
            throw new DomainRuleException(
                "Result.AttendanceBelowThreshold",
                $"{verdict.Results[0].Message} Không thể ghi nhận kết quả {AssessmentLabels.Of(kind)} " +
                $"{score} điểm (xếp loại {AssessmentLabels.Of(classification)}) khi chưa có phê duyệt ngoại lệ về chuyên cần.");
        }

        return new AssessmentResult(enrolmentId, kind, score, classification, policy.Version, attendance, verdict, assessedOn);
    }
}
