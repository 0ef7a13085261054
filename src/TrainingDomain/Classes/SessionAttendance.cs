namespace TrainingDomain.Classes;

/// <summary>The current mark of one learner for one session.</summary>
/// <param name="SessionNumber">The session's number in the class.</param>
/// <param name="Mark">How the learner attended.</param>
/// <param name="Reason">The reason given for an excused absence (required then), or a note; otherwise <c>null</c>.</param>
public sealed record SessionAttendance(int SessionNumber, AttendanceMark Mark, string? Reason);
