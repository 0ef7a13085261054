namespace TrainingDomain.Classes;

/// <summary>One learner's attendance at one moment: the standing and the alerts raised so far.</summary>
/// <param name="EnrollmentId">The enrolment.</param>
/// <param name="LearnerName">The learner's full name.</param>
/// <param name="Standing">Current rate, best reachable rate and whether the learner can still pass.</param>
/// <param name="Alerts">The alerts raised so far, in session order.</param>
public sealed record LearnerAttendance(Guid EnrollmentId, string LearnerName, AttendanceStanding Standing, IReadOnlyList<AttendanceAlert> Alerts);
