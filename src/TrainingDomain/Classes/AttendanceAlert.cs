using System.Globalization;
using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A warning about a learner's attendance, with the session at which it became true: for
/// <see cref="AttendanceAlertKind.ThresholdUnreachable"/> the session whose mark made the threshold unreachable; for
/// <see cref="AttendanceAlertKind.ConsecutiveUnexcusedAbsences"/> the session that completed the run.
/// </summary>
/// <param name="EnrollmentId">The enrolment.</param>
/// <param name="LearnerName">The learner's full name.</param>
/// <param name="Kind">What the alert is about.</param>
/// <param name="SessionNumber">The session at which it was raised.</param>
/// <param name="SessionDate">That session's date.</param>
/// <param name="BestReachablePeriods">For an unreachable threshold: the most periods the learner can still attend; otherwise the absences in the run.</param>
/// <param name="PlannedPeriods">The periods planned for the learner.</param>
/// <param name="Threshold">The threshold of the policy.</param>
public sealed record AttendanceAlert(
    Guid EnrollmentId,
    string LearnerName,
    AttendanceAlertKind Kind,
    int SessionNumber,
    LocalDate SessionDate,
    int BestReachablePeriods,
    int PlannedPeriods,
    decimal Threshold)
{
    /// <summary>The Vietnamese warning, e.g. "Nguyễn Văn An: từ buổi 3 ngày 07/03/2018 không thể đạt 80 % số tiết ...".</summary>
    public string Message => Kind == AttendanceAlertKind.ThresholdUnreachable
        ? $"{LearnerName}: từ buổi {SessionNumber} ngày {Labels.Of(SessionDate)} chỉ còn có thể dự tối đa {BestReachablePeriods}/{PlannedPeriods} tiết " +
          $"({Percent((decimal)BestReachablePeriods / PlannedPeriods)}), không thể đạt mức {Percent(Threshold)} số tiết; không đủ điều kiện đánh giá."
        : $"{LearnerName}: vắng không lý do {BestReachablePeriods} buổi liên tiếp, đến buổi {SessionNumber} ngày {Labels.Of(SessionDate)}.";

    private static string Percent(decimal share) =>
        (share * 100m).ToString("0.#", Labels.Vietnamese.NumberFormat) + " %";

    /// <inheritdoc />
    public override string ToString() => Message;
}
