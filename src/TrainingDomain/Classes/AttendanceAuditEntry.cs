namespace TrainingDomain.Classes;

/// <summary>
/// One change of an attendance mark, kept for audit: who changed it, when, from what to what, and why. The first mark
/// of a session has no <see cref="From"/>.
/// </summary>
/// <param name="EnrollmentId">The enrolment whose mark changed.</param>
/// <param name="SessionNumber">The session.</param>
/// <param name="From">The mark before the change; <c>null</c> for the first mark.</param>
/// <param name="To">The mark after the change.</param>
/// <param name="RecordedBy">Who made the change.</param>
/// <param name="RecordedAt">When, from the injected clock.</param>
/// <param name="Why">Why the mark was set or changed; required for a change, optional for the first mark.</param>
public sealed record AttendanceAuditEntry(
    Guid EnrollmentId,
    int SessionNumber,
    AttendanceMark? From,
    AttendanceMark To,
    string RecordedBy,
    Instant RecordedAt,
    string? Why);
