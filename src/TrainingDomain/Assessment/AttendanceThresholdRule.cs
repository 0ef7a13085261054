using TrainingDomain.Classes;

namespace TrainingDomain.Assessment;

/// <summary>
/// <c>Assessment.AttendanceThreshold</c>: a learner may be assessed only when they attended at least the programme's
/// threshold share of planned periods (80 % by default, an assumption of DOMAIN.md §6 set per programme in the
/// <see cref="AttendanceStanding"/>).
/// </summary>
public sealed class AttendanceThresholdRule : Rule<AttendanceStanding>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Assessment.AttendanceThreshold";

    /// <summary>The rule's legal basis.</summary>
    public const string Basis =
        "Giả định: học viên phải dự đủ tỷ lệ số tiết theo ngưỡng chuyên cần của chương trình (mặc định 80 %) mới được đánh giá";

    /// <summary>The shared instance.</summary>
    public static AttendanceThresholdRule Instance { get; } = new();

    /// <summary>Creates the rule.</summary>
    public AttendanceThresholdRule()
        : base(RuleId, 1, Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "dự đủ số tiết theo ngưỡng chuyên cần";

    /// <inheritdoc />
    public override RuleResult Evaluate(AttendanceStanding context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var attended = $"{context.AttendedPeriods}/{context.PlannedPeriods}";
        var rate = AssessmentLabels.Percent(context.Rate);
        var threshold = AssessmentLabels.Percent(context.Threshold);
        Fact[] facts =
        [
            new(AssessmentFactNames.AttendedPeriods, attended),
            new(AssessmentFactNames.AttendanceRate, rate),
            new(AssessmentFactNames.AttendanceThreshold, threshold),
        ];
        return context.MeetsThreshold
            ? Pass($"Học viên dự {attended} tiết ({rate}), đạt ngưỡng chuyên cần {threshold}.", facts)
            : Fail($"Học viên dự {attended} tiết ({rate}), dưới ngưỡng chuyên cần {threshold}.", facts);
    }
}
