using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A learner enrolled in a class (one learner-turn unless withdrawn before the first session): the eligibility verdict
/// it was accepted on, its status, the attendance marks with their audit trail, and the final outcome. Created and
/// changed only by <see cref="TrainingClass"/>.
/// </summary>
/// <remarks>
/// The verdict is a record of the decision: it is never recomputed silently. A re-check
/// (<see cref="TrainingClass.RecheckEligibility"/>) records a new verdict and keeps the old one in <see cref="EarlierVerdicts"/>.
/// </remarks>
public sealed class Enrollment
{
    private readonly List<SessionAttendance> _marks = [];
    private readonly List<AttendanceAuditEntry> _audit = [];
    // Not readonly: EF Core sets it when it reads the stored JSON back.
    private List<Verdict> _earlierVerdicts = [];

    internal Enrollment(Guid id, Nomination nomination, LocalDate enrolledOn, Verdict verdict)
    {
        Id = id;
        NominationId = nomination.Id;
        Learner = nomination.Learner;
        Organization = nomination.Organization;
        EnrolledOn = enrolledOn;
        Verdict = verdict;
        Status = EnrollmentStatus.Active;
    }

    // For EF Core.
    private Enrollment()
    {
        Learner = null!;
        Organization = null!;
        Verdict = null!;
    }

    // Its place in the class, from 1 in the order enrolled; keeps that order when the class is read back from a store.
    internal int Sequence { get; set; }

    /// <summary>The enrolment's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The nomination it was made from.</summary>
    public Guid NominationId { get; private set; }

    /// <summary>The learner.</summary>
    public LearnerProfile Learner { get; private set; }

    /// <summary>Who nominated the learner.</summary>
    public NominatingOrganization Organization { get; private set; }

    /// <summary>The date of enrolment; sessions before it do not count for the learner.</summary>
    public LocalDate EnrolledOn { get; private set; }

    /// <summary>The eligibility verdict in force, with its override when one was recorded.</summary>
    public Verdict Verdict { get; private set; }

    /// <summary>Verdicts replaced by explicit re-checks, oldest first.</summary>
    public IReadOnlyList<Verdict> EarlierVerdicts => _earlierVerdicts.AsReadOnly();

    /// <summary>Active, or withdrawn before or after the start.</summary>
    public EnrollmentStatus Status { get; private set; }

    /// <summary>Whether the learner is still enrolled.</summary>
    public bool IsActive => Status == EnrollmentStatus.Active;

    /// <summary>When the learner withdrew; <c>null</c> while active.</summary>
    public LocalDate? WithdrawnOn { get; private set; }

    /// <summary>Why the learner withdrew; <c>null</c> while active.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>The final outcome: <c>true</c> passed, <c>false</c> failed, <c>null</c> not yet recorded.</summary>
    public bool? Passed { get; private set; }

    /// <summary>The current mark of each session marked so far, in the order first marked.</summary>
    public IReadOnlyList<SessionAttendance> Marks => _marks.AsReadOnly();

    // The engine reads the marks of every learner on every evaluation; the list itself avoids a wrapper per read.
    internal List<SessionAttendance> MarkList => _marks;

    /// <summary>Every mark set or changed, oldest first.</summary>
    public IReadOnlyList<AttendanceAuditEntry> AttendanceAudit => _audit.AsReadOnly();

    /// <summary>The current mark of a session.</summary>
    /// <param name="sessionNumber">The session's number.</param>
    /// <returns>The mark, or <c>null</c> when the session is not marked.</returns>
    public SessionAttendance? MarkFor(int sessionNumber)
    {
        foreach (var mark in _marks)
        {
            if (mark.SessionNumber == sessionNumber)
            {
                return mark;
            }
        }

        return null;
    }

    internal void RecordVerdict(Verdict verdict)
    {
        _earlierVerdicts.Add(Verdict);
        Verdict = verdict;
    }

    internal void Withdraw(EnrollmentStatus status, LocalDate on, string reason)
    {
        Status = status;
        WithdrawnOn = on;
        WithdrawalReason = reason;
    }

    internal void RecordOutcome(bool passed) => Passed = passed;

    internal bool SetMark(int sessionNumber, AttendanceMark mark, string? reason, string recordedBy, Instant at, string? why)
    {
        var index = _marks.FindIndex(m => m.SessionNumber == sessionNumber);
        AttendanceMark? from = index < 0 ? null : _marks[index].Mark;
        if (index >= 0 && from == mark && _marks[index].Reason == reason)
        {
            return false;
        }

        var current = new SessionAttendance(sessionNumber, mark, reason);
        if (index < 0)
        {
            _marks.Add(current);
        }
        else
        {
            _marks[index] = current;
        }

        _audit.Add(new AttendanceAuditEntry(Id, sessionNumber, from, mark, recordedBy, at, why));
        return true;
    }
}
