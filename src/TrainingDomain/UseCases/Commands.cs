using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>A class to plan.</summary>
/// <param name="CenterId">The centre that runs it.</param>
/// <param name="ProgramCode">The programme, e.g. <c>NTD</c>.</param>
/// <param name="Code">The class's code, unique within the centre.</param>
/// <param name="Venue">Where it is held.</param>
/// <param name="PlannedStart">The planned first day.</param>
/// <param name="PlannedEnd">The planned last day.</param>
/// <param name="Capacity">The number of seats.</param>
/// <param name="PlanItemId">The annual plan line it comes from; null for a class outside the plan.</param>
public sealed record PlanClass(
    string CenterId, string ProgramCode, string Code, string Venue, LocalDate PlannedStart, LocalDate PlannedEnd, int Capacity, Guid? PlanItemId = null);

/// <summary>One nominee to enrol, with the override an ineligible or undetermined verdict needs.</summary>
/// <param name="NominationId">The nomination.</param>
/// <param name="Override">The approver and reason when the verdict is not Eligible; null otherwise.</param>
public sealed record EnrolmentRequest(Guid NominationId, VerdictOverride? Override = null);

/// <summary>What became of a nomination list: who was enrolled and who was left pending (with the verdict's reasons).</summary>
/// <param name="Enrolled">The new enrolments.</param>
/// <param name="Pending">The nominations not enrolled because their verdict was not Eligible; they wait for an override or a refusal.</param>
public sealed record NominationListOutcome(IReadOnlyList<Enrollment> Enrolled, IReadOnlyList<Nomination> Pending);

/// <summary>One nominating organisation's list to import, with an override slot per nominee.</summary>
/// <param name="List">The list.</param>
/// <param name="Overrides">For each nominee in list order, the approval that enrols them despite an Ineligible or Undetermined verdict; null for none.</param>
public sealed record NominationImport(NominationList List, IReadOnlyList<VerdictOverride?> Overrides);

/// <summary>A lecturer as a timetable's picker shows them for one session.</summary>
/// <param name="LecturerId">The lecturer.</param>
/// <param name="FullName">Their name.</param>
/// <param name="HomeCenterId">Their centre.</param>
/// <param name="Qualification">The qualification verdict for the class's programme, the topic and the date.</param>
/// <param name="Clash">The other class's session they teach at an overlapping time; null when free.</param>
public sealed record LecturerChoice(string LecturerId, string FullName, string HomeCenterId, Verdict Qualification, string? Clash)
{
    /// <summary>Whether <see cref="ClassUseCases.ScheduleSessionAsync"/> would accept the lecturer for the session.</summary>
    public bool CanTeach => Qualification.IsAccepted && Clash is null;
}

/// <summary>One line of an attendance sheet.</summary>
/// <param name="EnrollmentId">The learner's enrolment.</param>
/// <param name="Mark">The mark.</param>
/// <param name="Reason">The reason of an excused absence.</param>
/// <param name="Why">Why an earlier mark is changed.</param>
public sealed record AttendanceLine(Guid EnrollmentId, AttendanceMark Mark, string? Reason = null, string? Why = null);

/// <summary>One learner's score.</summary>
/// <param name="EnrollmentId">The learner's enrolment.</param>
/// <param name="Score">The score, 0 to 10 in steps of 0.1.</param>
/// <param name="AttendanceOverride">The approval that lets a learner below the attendance threshold pass; null otherwise.</param>
public sealed record ScoreLine(Guid EnrollmentId, decimal Score, VerdictOverride? AttendanceOverride = null);

/// <summary>The result of trying to open a class: the opening verdict, rule by rule, and whether the class opened.</summary>
/// <param name="Opened">Whether the class is now in progress (nothing was written otherwise).</param>
/// <param name="Verdict">The opening rules' verdict.</param>
public sealed record OpeningOutcome(bool Opened, Verdict Verdict);

/// <summary>The certificates issued to a class in one batch, and those refused with their reasons.</summary>
/// <param name="Issued">The new certificates.</param>
/// <param name="NotIssued">The learners refused, with reasons.</param>
public sealed record CertificateBatch(IReadOnlyList<Certificate> Issued, IReadOnlyList<CertificateRefusal> NotIssued);
