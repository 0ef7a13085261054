namespace TrainingDomain.Assessment;

/// <summary>
/// <c>Certificate.Attendance</c>: the result was recorded against an attendance standing that met the threshold, or
/// with an approved override. Unknown while no result is recorded.
/// </summary>
public sealed class AttendanceMetOrOverriddenRule : Rule<CertificateCandidate>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Certificate.Attendance";

    /// <summary>The shared instance.</summary>
    public static AttendanceMetOrOverriddenRule Instance { get; } = new();

    /// <summary>Creates the rule.</summary>
    public AttendanceMetOrOverriddenRule()
        : base(RuleId, 1, CertificateRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "đạt ngưỡng chuyên cần hoặc được phê duyệt ngoại lệ";

    /// <inheritdoc />
    public override RuleResult Evaluate(CertificateCandidate context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not { } result)
        {
            return Unknown(
                AssessmentFactNames.AssessmentResult,
                $"Chưa có kết quả đánh giá của học viên {context.LearnerName} nên chưa xác định được chuyên cần.",
                new Fact(AssessmentFactNames.AssessmentResult, null));
        }

        var attendance = result.AttendanceVerdict.Results[0];
        var facts = attendance.Facts.ToList();
        if (result.AttendanceVerdict.Outcome == VerdictOutcome.Eligible)
        {
            return Pass(attendance.Message, [.. facts]);
        }

        if (result.AttendanceOverride is { } approval)
        {
            facts.Add(new Fact(AssessmentFactNames.AttendanceOverride, approval.Approver));
            return Pass($"{attendance.Message} Đã được {approval.Approver} phê duyệt ngoại lệ: {approval.Reason}.", [.. facts]);
        }

        return Fail(attendance.Message, [.. facts]);
    }
}
