using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A class (lớp) of a programme at a centre: its decisions, timetable, nominations, enrolments and attendance, and its
/// life from planned to closed. Every verb refuses an illegal move with a <see cref="DomainRuleException"/> whose
/// Vietnamese message names the states involved.
/// </summary>
/// <remarks>
/// Lifecycle: <see cref="ClassStatus.Planned"/> → <see cref="Approve"/> → <see cref="StartEnrolment"/> →
/// <see cref="Open(Verdict)"/> (only on an eligible opening verdict) → <see cref="Complete"/> → <see cref="Close"/>;
/// <see cref="Cancel"/> from any state before <see cref="ClassStatus.InProgress"/>.
/// </remarks>
/// <example>
/// <code>
/// var verdict = trainingClass.Open(new OpeningContext(trainingClass, program, lecturers, qualification, today));
/// // throws DomainRuleException("Class.OpeningRulesFailed") naming every failed rule when the verdict is not eligible
/// </code>
/// </example>
public sealed class TrainingClass
{
    /// <summary>The rule id of every refused lifecycle move.</summary>
    public const string IllegalTransition = "Class.IllegalTransition";

    private readonly List<ClassSession> _sessions = [];
    private readonly List<Nomination> _nominations = [];
    private readonly List<Enrollment> _enrollments = [];

    /// <summary>Creates a planned class.</summary>
    /// <param name="id">The class's id; not empty.</param>
    /// <param name="centerId">The id of the centre that runs it; required.</param>
    /// <param name="programCode">The programme code, e.g. <c>NTD</c>; required, stored upper case.</param>
    /// <param name="code">The class code, e.g. <c>NTD-03/2018</c>; required.</param>
    /// <param name="venue">Where it is held; required.</param>
    /// <param name="plannedStart">The planned first day; eligibility is checked on it.</param>
    /// <param name="plannedEnd">The planned last day; not before <paramref name="plannedStart"/>.</param>
    /// <param name="capacity">The most learners it may enrol at once; at least 1.</param>
    /// <param name="planItemId">The annual-plan item it realises; <c>null</c> for a class outside the plan.</param>
    /// <exception cref="ArgumentException">When the id is empty or a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the end is before the start or the capacity is below 1.</exception>
    public TrainingClass(
        Guid id,
        string centerId,
        string programCode,
        string code,
        string venue,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        int capacity,
        Guid? planItemId = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A class needs a non-empty id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(venue);
        if (plannedEnd < plannedStart)
        {
            throw new ArgumentOutOfRangeException(nameof(plannedEnd), plannedEnd, $"A class cannot end before it starts ({Labels.Of(plannedStart)}).");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        if (planItemId == Guid.Empty)
        {
            throw new ArgumentException("A plan item id, when given, is not empty.", nameof(planItemId));
        }

        Id = id;
        CenterId = centerId.Trim();
        ProgramCode = programCode.Trim().ToUpperInvariant();
        Code = code.Trim();
        Venue = venue.Trim();
        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
        Capacity = capacity;
        PlanItemId = planItemId;
        Status = ClassStatus.Planned;
    }

    // For EF Core.
    private TrainingClass()
    {
        CenterId = string.Empty;
        ProgramCode = string.Empty;
        Code = string.Empty;
        Venue = string.Empty;
    }

    /// <summary>The class's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id of the centre that runs it.</summary>
    public string CenterId { get; private set; }

    /// <summary>The programme code, upper case.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The annual-plan item it realises; <c>null</c> for a class outside the plan.</summary>
    public Guid? PlanItemId { get; private set; }

    /// <summary>The class code.</summary>
    public string Code { get; private set; }

    /// <summary>Where it is held.</summary>
    public string Venue { get; private set; }

    /// <summary>The planned first day.</summary>
    public LocalDate PlannedStart { get; private set; }

    /// <summary>The planned last day.</summary>
    public LocalDate PlannedEnd { get; private set; }

    /// <summary>The most learners enrolled at once.</summary>
    public int Capacity { get; private set; }

    /// <summary>The opening decision (quyết định mở lớp); <c>null</c> until recorded.</summary>
    public ClassDecision? OpeningDecision { get; private set; }

    /// <summary>The approval of a class outside the annual plan; <c>null</c> when none was needed or recorded.</summary>
    public ClassDecision? ApprovalDecision { get; private set; }

    /// <summary>Where the class is in its life.</summary>
    public ClassStatus Status { get; private set; }

    /// <summary>The opening verdict the class opened on; <c>null</c> until opened.</summary>
    public Verdict? OpeningVerdict { get; private set; }

    /// <summary>Why the class was cancelled; <c>null</c> unless cancelled.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>When the class was cancelled; <c>null</c> unless cancelled.</summary>
    public LocalDate? CancelledOn { get; private set; }

    /// <summary>The timetable, by session number.</summary>
    public IReadOnlyList<ClassSession> Sessions
    {
        get
        {
            KeepSessionsInOrder();
            return _sessions.AsReadOnly();
        }
    }

    /// <summary>Every nomination received, in the order received.</summary>
    public IReadOnlyList<Nomination> Nominations
    {
        get
        {
            Ordering.Keep(_nominations, n => n.Sequence);
            return _nominations.AsReadOnly();
        }
    }

    /// <summary>Every enrolment, active or withdrawn, in the order enrolled.</summary>
    public IReadOnlyList<Enrollment> Enrollments
    {
        get
        {
            Ordering.Keep(_enrollments, e => e.Sequence);
            return _enrollments.AsReadOnly();
        }
    }

    /// <summary>How many learners are enrolled now (withdrawn ones excluded); never above <see cref="Capacity"/>.</summary>
    public int ActiveEnrollmentCount => _enrollments.Count(e => e.IsActive);

    /// <summary>The date of the earliest session; <c>null</c> while the timetable is empty.</summary>
    public LocalDate? FirstSessionDate => _sessions.Count == 0 ? null : _sessions.Min(s => s.Date);

    /// <summary>The date of the latest session; <c>null</c> while the timetable is empty.</summary>
    public LocalDate? LastSessionDate => _sessions.Count == 0 ? null : _sessions.Max(s => s.Date);

    /// <summary>The planned periods of the whole timetable.</summary>
    public int TotalPeriods => _sessions.Sum(s => s.Periods);

    /// <summary>Whether the class has opened: in progress, completed or closed.</summary>
    public bool HasOpened => Status is ClassStatus.InProgress or ClassStatus.Completed or ClassStatus.Closed;

    /// <summary>Every attendance change of every enrolment, oldest first.</summary>
    public IEnumerable<AttendanceAuditEntry> AttendanceAudit =>
        _enrollments.SelectMany(e => e.AttendanceAudit).OrderBy(a => a.RecordedAt);

    /// <summary>Records the opening decision. A later decision replaces an earlier one (e.g. a corrected number).</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">When the decision is null.</exception>
    /// <exception cref="DomainRuleException"><c>Class.AlreadyOpened</c> once the class has opened or was cancelled.</exception>
    public void RecordOpeningDecision(ClassDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        EnsureNotStarted("ghi quyết định mở lớp");
        OpeningDecision = decision;
    }

    /// <summary>Records the approval of a class that is outside the annual plan.</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">When the decision is null.</exception>
    /// <exception cref="DomainRuleException"><c>Class.AlreadyOpened</c> once the class has opened or was cancelled.</exception>
    public void RecordApprovalDecision(ClassDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        EnsureNotStarted("ghi quyết định phê duyệt lớp ngoài kế hoạch");
        ApprovalDecision = decision;
    }

    /// <summary>Adds a session to the timetable.</summary>
    /// <param name="session">The session; its number must be new in the class.</param>
    /// <exception cref="ArgumentNullException">When the session is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Class.TimetableClosed</c> once the class is completed, closed or cancelled; <c>Class.DuplicateSession</c> when
    /// the number is taken.
    /// </exception>
    public void ScheduleSession(ClassSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        EnsureTimetableOpen("thêm buổi học");
        if (_sessions.Exists(s => s.Number == session.Number))
        {
            throw new DomainRuleException("Class.DuplicateSession", $"Lớp {Code} đã có buổi {session.Number} trong thời khóa biểu.");
        }

        KeepSessionsInOrder();
        var at = _sessions.FindIndex(s => s.Number > session.Number);
        _sessions.Insert(at < 0 ? _sessions.Count : at, session);
    }

    /// <summary>Removes a session that nobody has been marked for.</summary>
    /// <param name="sessionNumber">The session's number.</param>
    /// <exception cref="ArgumentOutOfRangeException">When there is no such session.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Class.TimetableClosed</c> once the class is completed, closed or cancelled; <c>Class.SessionHasAttendance</c>
    /// when attendance was already recorded for it.
    /// </exception>
    public void RemoveSession(int sessionNumber)
    {
        var session = SessionNumbered(sessionNumber);
        EnsureTimetableOpen("bỏ buổi học");
        if (_enrollments.Exists(e => e.MarkFor(sessionNumber) is not null))
        {
            throw new DomainRuleException("Class.SessionHasAttendance", $"Không thể bỏ {session} của lớp {Code}: đã có điểm danh.");
        }

        _sessions.Remove(session);
    }

    /// <summary>Approves the class: Planned → Approved.</summary>
    /// <param name="approval">The approval decision, for a class outside the annual plan; optional.</param>
    /// <exception cref="DomainRuleException"><see cref="IllegalTransition"/> from any other state.</exception>
    public void Approve(ClassDecision? approval = null)
    {
        MoveTo(ClassStatus.Approved);
        if (approval is not null)
        {
            ApprovalDecision = approval;
        }
    }

    /// <summary>Starts enrolment: Approved → Enrolling.</summary>
    /// <exception cref="DomainRuleException"><see cref="IllegalTransition"/> from any other state.</exception>
    public void StartEnrolment() => MoveTo(ClassStatus.Enrolling);

    /// <summary>Opens the class on an opening verdict: Enrolling → InProgress.</summary>
    /// <param name="verdict">The verdict of the opening rules (<see cref="OpeningRules"/>); must be eligible.</param>
    /// <exception cref="ArgumentNullException">When the verdict is null.</exception>
    /// <exception cref="ArgumentException">When the verdict is not an opening verdict.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="IllegalTransition"/> when the class is not enrolling; <c>Class.OpeningRulesFailed</c> naming every failed
    /// or undecided rule when the verdict is not eligible (an override does not open a class).
    /// </exception>
    public void Open(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (!verdict.RuleSetId.StartsWith(OpeningRules.RuleSetIdPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected a verdict of the opening rules, got '{verdict.RuleSetId}'.", nameof(verdict));
        }

        EnsureCanMove(ClassStatus.InProgress);
        if (verdict.Outcome != VerdictOutcome.Eligible)
        {
            var reasons = verdict.Results.Where(r => r.Outcome != RuleOutcome.Passed).Select(r => r.Message);
            throw new DomainRuleException("Class.OpeningRulesFailed", $"Không thể mở lớp {Code}: {string.Join(" ", reasons)}");
        }

        OpeningVerdict = verdict;
        Status = ClassStatus.InProgress;
    }

    /// <summary>Checks the opening rules and opens the class when they all pass.</summary>
    /// <param name="context">The class and what the rules look at; its class must be this one.</param>
    /// <param name="rules">The rules; <see cref="OpeningRules.Default"/> when omitted.</param>
    /// <returns>The eligible verdict the class opened on.</returns>
    /// <exception cref="ArgumentNullException">When the context is null.</exception>
    /// <exception cref="ArgumentException">When the context is about another class.</exception>
    /// <exception cref="DomainRuleException">As <see cref="Open(Verdict)"/>.</exception>
    public Verdict Open(OpeningContext context, OpeningRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ReferenceEquals(context.Class, this))
        {
            throw new ArgumentException($"The opening context is about class {context.Class.Code}, not {Code}.", nameof(context));
        }

        var verdict = (rules ?? OpeningRules.Default()).Evaluate(context);
        Open(verdict);
        return verdict;
    }

    /// <summary>Ends the teaching: InProgress → Completed.</summary>
    /// <exception cref="DomainRuleException"><see cref="IllegalTransition"/> from any other state.</exception>
    public void Complete() => MoveTo(ClassStatus.Completed);

    /// <summary>Closes the class file: Completed → Closed.</summary>
    /// <exception cref="DomainRuleException"><see cref="IllegalTransition"/> from any other state.</exception>
    public void Close() => MoveTo(ClassStatus.Closed);

    /// <summary>Cancels the class before it starts.</summary>
    /// <param name="reason">Why; required.</param>
    /// <param name="on">When.</param>
    /// <exception cref="ArgumentException">When the reason is blank.</exception>
    /// <exception cref="DomainRuleException"><see cref="IllegalTransition"/> once the class is in progress or later.</exception>
    public void Cancel(string reason, LocalDate on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        MoveTo(ClassStatus.Cancelled);
        CancellationReason = reason.Trim();
        CancelledOn = on;
    }

    /// <summary>
    /// Receives a nomination list: each nominee is checked against the programme on the class's planned start and the
    /// verdict is stored with the nomination, which waits for <see cref="Enroll"/> or <see cref="RefuseNomination"/>.
    /// </summary>
    /// <param name="list">The list.</param>
    /// <param name="program">The class's programme.</param>
    /// <returns>The nominations created, in list order.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the programme is not the class's.</exception>
    /// <exception cref="DomainRuleException"><c>Class.NotReceivingNominations</c> once the class is completed, closed or cancelled.</exception>
    public IReadOnlyList<Nomination> ReceiveNominations(NominationList list, Programs.Program program)
    {
        ArgumentNullException.ThrowIfNull(list);
        EnsureProgram(program);
        if (Status is ClassStatus.Completed or ClassStatus.Closed or ClassStatus.Cancelled)
        {
            throw new DomainRuleException(
                "Class.NotReceivingNominations",
                $"Lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'; không tiếp nhận danh sách cử đi học.");
        }

        var created = new List<Nomination>(list.Nominees.Count);
        foreach (var learner in list.Nominees)
        {
            var nomination = new Nomination(Guid.NewGuid(), list.Organization, learner, list.ReceivedOn, program.CheckEligibility(learner, PlannedStart));
            nomination.Sequence = _nominations.Count + 1;
            _nominations.Add(nomination);
            created.Add(nomination);
        }

        return created;
    }

    /// <summary>
    /// Enrols a nominee on the verdict stored with the nomination. An ineligible or undetermined nominee needs an
    /// override, which is recorded on the verdict (<see cref="Verdict.OverrideWith"/>).
    /// </summary>
    /// <param name="nominationId">The pending nomination.</param>
    /// <param name="enrolledOn">The enrolment date; sessions before it do not count for the learner.</param>
    /// <param name="approval">The override (approver, reason, when) for a nominee who is not eligible; <c>null</c> otherwise.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="ArgumentException">When there is no such nomination.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotEnrolling</c> unless the class is enrolling or in progress; <c>Nomination.AlreadyDecided</c> when the
    /// nomination was accepted or refused; <c>Class.CapacityReached</c> when the class is full;
    /// <c>Enrollment.AfterLastSession</c> when the date is after the last session; <c>Enrollment.NotEligible</c> when the
    /// nominee is not eligible and no override is given; the override's own refusals (<c>Verdict.OverrideNotNeeded</c>).
    /// </exception>
    public Enrollment Enroll(Guid nominationId, LocalDate enrolledOn, VerdictOverride? approval = null)
    {
        var nomination = NominationWithId(nominationId);
        if (Status is not (ClassStatus.Enrolling or ClassStatus.InProgress))
        {
            throw new DomainRuleException(
                "Class.NotEnrolling",
                $"Lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'; chỉ tiếp nhận học viên khi '{ClassLabels.Of(ClassStatus.Enrolling)}' hoặc '{ClassLabels.Of(ClassStatus.InProgress)}'.");
        }

        EnsurePending(nomination);
        if (ActiveEnrollmentCount >= Capacity)
        {
            throw new DomainRuleException(
                "Class.CapacityReached",
                $"Lớp {Code} đã đủ {Capacity} học viên; không thể tiếp nhận thêm {nomination.Learner.FullName}.");
        }

        if (LastSessionDate is { } last && enrolledOn > last)
        {
            throw new DomainRuleException(
                "Enrollment.AfterLastSession",
                $"Lớp {Code} đã học buổi cuối ngày {Labels.Of(last)}; không thể nhập học ngày {Labels.Of(enrolledOn)}.");
        }

        var verdict = nomination.Verdict;
        if (approval is not null)
        {
            verdict = verdict.OverrideWith(approval.Approver, approval.Reason, approval.ApprovedAt);
        }
        else if (!verdict.IsAccepted)
        {
            throw new DomainRuleException(
                "Enrollment.NotEligible",
                $"{nomination.Learner.FullName} {(verdict.Outcome == VerdictOutcome.Ineligible ? "không đúng đối tượng" : "chưa đủ thông tin để xác định đối tượng")} " +
                $"của chương trình {ProgramCode}: {string.Join(" ", ReasonsOf(verdict))} Cần phê duyệt ngoại lệ (người duyệt, lý do).");
        }

        var enrollment = new Enrollment(Guid.NewGuid(), nomination, enrolledOn, verdict);
        enrollment.Sequence = _enrollments.Count + 1;
        _enrollments.Add(enrollment);
        nomination.Accept(enrollment.Id);
        return enrollment;
    }

    /// <summary>Refuses a pending nomination; the reason and the verdict's failed rules go back to the organisation.</summary>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why; required.</param>
    /// <exception cref="ArgumentException">When there is no such nomination or the reason is blank.</exception>
    /// <exception cref="DomainRuleException"><c>Nomination.AlreadyDecided</c> when it was accepted or refused.</exception>
    public void RefuseNomination(Guid nominationId, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var nomination = NominationWithId(nominationId);
        EnsurePending(nomination);
        nomination.Refuse(reason.Trim());
    }

    /// <summary>
    /// Withdraws a pending nomination at its organisation's request (the nominee will not attend); the reason goes back
    /// to the organisation with the outcome <see cref="NominationStatus.Withdrawn"/>, and the person may be nominated again.
    /// </summary>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why; required.</param>
    /// <exception cref="ArgumentException">When there is no such nomination or the reason is blank.</exception>
    /// <exception cref="DomainRuleException"><c>Nomination.AlreadyDecided</c> when it was accepted, refused or withdrawn.</exception>
    public void WithdrawNomination(Guid nominationId, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var nomination = NominationWithId(nominationId);
        EnsurePending(nomination);
        nomination.Withdraw(reason.Trim());
    }

    /// <summary>
    /// Withdraws a learner. Before the first session it is <see cref="EnrollmentStatus.WithdrawnBeforeStart"/> (not a
    /// learner-turn); on or after it, <see cref="EnrollmentStatus.WithdrawnAfterStart"/>. Either frees the seat.
    /// </summary>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="on">The withdrawal date; not before the enrolment date.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The status the enrolment took.</returns>
    /// <exception cref="ArgumentException">When there is no such enrolment, the reason is blank, or the date is before the enrolment.</exception>
    /// <exception cref="DomainRuleException"><c>Enrollment.NotActive</c> when already withdrawn; <c>Class.Finished</c> once closed.</exception>
    public EnrollmentStatus Withdraw(Guid enrollmentId, LocalDate on, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var enrollment = EnrollmentWithId(enrollmentId);
        if (on < enrollment.EnrolledOn)
        {
            throw new ArgumentException($"The withdrawal date {Labels.Of(on)} is before the enrolment ({Labels.Of(enrollment.EnrolledOn)}).", nameof(on));
        }

        EnsureNotClosed("ghi học viên rút khỏi lớp");
        EnsureActive(enrollment);
        var status = FirstSessionDate is { } first && on >= first ? EnrollmentStatus.WithdrawnAfterStart : EnrollmentStatus.WithdrawnBeforeStart;
        enrollment.Withdraw(status, on, reason.Trim());
        return status;
    }

    /// <summary>
    /// Re-checks an enrolled learner against the programme and records the new verdict; the old one is kept in
    /// <see cref="Enrollment.EarlierVerdicts"/>. An override of the old verdict does not carry over.
    /// </summary>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="program">The class's programme.</param>
    /// <param name="learner">The learner's current profile (e.g. after a correction); the stored one when omitted.</param>
    /// <returns>The new verdict.</returns>
    /// <exception cref="ArgumentException">When there is no such enrolment or the programme is not the class's.</exception>
    public Verdict RecheckEligibility(Guid enrollmentId, Programs.Program program, LearnerProfile? learner = null)
    {
        EnsureProgram(program);
        var enrollment = EnrollmentWithId(enrollmentId);
        var verdict = program.CheckEligibility(learner ?? enrollment.Learner, PlannedStart);
        enrollment.RecordVerdict(verdict);
        return verdict;
    }

    /// <summary>Records whether a learner completed the class (passed) or not.</summary>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="passed">Whether the learner passed.</param>
    /// <exception cref="ArgumentException">When there is no such enrolment.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotCompleted</c> unless the class is completed; <c>Enrollment.NotActive</c> for a withdrawn learner.
    /// </exception>
    public void RecordOutcome(Guid enrollmentId, bool passed)
    {
        var enrollment = EnrollmentWithId(enrollmentId);
        if (Status != ClassStatus.Completed)
        {
            throw new DomainRuleException(
                "Class.NotCompleted",
                $"Chỉ ghi kết quả khi lớp ở trạng thái '{ClassLabels.Of(ClassStatus.Completed)}'; lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'.");
        }

        EnsureActive(enrollment);
        enrollment.RecordOutcome(passed);
    }

    /// <summary>
    /// Sets a learner's mark for a session and keeps an audit entry (who, when, from, to, why). Setting the same mark
    /// and reason again changes nothing.
    /// </summary>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="sessionNumber">The session.</param>
    /// <param name="mark">The mark.</param>
    /// <param name="recordedBy">Who records it; required.</param>
    /// <param name="at">When, from the injected clock.</param>
    /// <param name="reason">The reason of an excused absence (required then); otherwise an optional note.</param>
    /// <param name="why">Why an existing mark is changed (required then); optional for the first mark.</param>
    /// <returns>Whether the mark changed.</returns>
    /// <exception cref="ArgumentException">
    /// When there is no such enrolment, the recorder is blank, an excused absence has no reason, or a change has no why.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">When there is no such session or the mark is undefined.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Class.AttendanceNotOpen</c> unless the class is in progress or completed; <c>Attendance.BeforeEnrollment</c>
    /// for a session held before the learner enrolled; <c>Attendance.AfterWithdrawal</c> for a session on or after the
    /// withdrawal.
    /// </exception>
    public bool MarkAttendance(Guid enrollmentId, int sessionNumber, AttendanceMark mark, string recordedBy, Instant at, string? reason = null, string? why = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        if (!Enum.IsDefined(mark))
        {
            throw new ArgumentOutOfRangeException(nameof(mark), mark, "Not a defined attendance mark.");
        }

        if (mark == AttendanceMark.ExcusedAbsence && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An excused absence needs its reason.", nameof(reason));
        }

        var enrollment = EnrollmentWithId(enrollmentId);
        var session = SessionNumbered(sessionNumber);
        if (Status is not (ClassStatus.InProgress or ClassStatus.Completed))
        {
            throw new DomainRuleException(
                "Class.AttendanceNotOpen",
                $"Lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'; chỉ điểm danh khi lớp '{ClassLabels.Of(ClassStatus.InProgress)}' hoặc '{ClassLabels.Of(ClassStatus.Completed)}'.");
        }

        if (session.Date < enrollment.EnrolledOn)
        {
            throw new DomainRuleException(
                "Attendance.BeforeEnrollment",
                $"{enrollment.Learner.FullName} nhập học ngày {Labels.Of(enrollment.EnrolledOn)}; {session} không tính cho học viên này.");
        }

        if (enrollment.WithdrawnOn is { } withdrawn && session.Date >= withdrawn)
        {
            throw new DomainRuleException(
                "Attendance.AfterWithdrawal",
                $"{enrollment.Learner.FullName} đã rút khỏi lớp ngày {Labels.Of(withdrawn)}; không điểm danh {session}.");
        }

        var existing = enrollment.MarkFor(sessionNumber);
        if (existing is not null && (existing.Mark != mark || existing.Reason != reason?.Trim()) && string.IsNullOrWhiteSpace(why))
        {
            throw new ArgumentException($"Changing the mark of session {sessionNumber} from {existing.Mark} needs a reason for the change.", nameof(why));
        }

        return enrollment.SetMark(sessionNumber, mark, reason?.Trim(), recordedBy.Trim(), at, why?.Trim());
    }

    /// <summary>
    /// What became of every nomination, grouped by nominating organisation in the order their first list arrived: what
    /// the centre reports back to each organisation.
    /// </summary>
    /// <returns>One entry per organisation.</returns>
    public IReadOnlyList<OrganizationNominations> NominationOutcomes()
    {
        var enrollments = _enrollments.ToDictionary(e => e.Id);
        Ordering.Keep(_nominations, n => n.Sequence);
        return _nominations
            .GroupBy(n => n.Organization.Id, StringComparer.Ordinal)
            .Select(g => new OrganizationNominations(g.First().Organization, g.Select(n => OutcomeOf(n, enrollments)).ToList()))
            .ToList();
    }

    /// <summary>The session with a number.</summary>
    /// <param name="sessionNumber">The number.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When there is no such session.</exception>
    public ClassSession SessionNumbered(int sessionNumber) =>
        _sessions.Find(s => s.Number == sessionNumber)
        ?? throw new ArgumentOutOfRangeException(nameof(sessionNumber), sessionNumber, $"Class {Code} has no session {sessionNumber}.");

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({ProgramCode}, {ClassLabels.Of(Status)})";

    private static NominationOutcome OutcomeOf(Nomination nomination, Dictionary<Guid, Enrollment> enrollments)
    {
        var name = nomination.Learner.FullName;
        if (nomination.Status == NominationStatus.Refused)
        {
            return new NominationOutcome(nomination.Id, name, NominationStatus.Refused, [nomination.RefusalReason!, .. ReasonsOf(nomination.Verdict)]);
        }

        if (nomination.Status == NominationStatus.Withdrawn)
        {
            return new NominationOutcome(nomination.Id, name, NominationStatus.Withdrawn, [nomination.RefusalReason!]);
        }

        if (nomination.EnrollmentId is not { } id || !enrollments.TryGetValue(id, out var enrollment))
        {
            return new NominationOutcome(nomination.Id, name, NominationStatus.Pending, ReasonsOf(nomination.Verdict).ToList());
        }

        if (!enrollment.IsActive)
        {
            return new NominationOutcome(nomination.Id, name, NominationStatus.Withdrawn, [enrollment.WithdrawalReason!]);
        }

        return enrollment.Passed switch
        {
            true => new NominationOutcome(nomination.Id, name, NominationStatus.Completed, []),
            false => new NominationOutcome(nomination.Id, name, NominationStatus.Failed, []),
            null => new NominationOutcome(nomination.Id, name, NominationStatus.Accepted, []),
        };
    }

    private static IEnumerable<string> ReasonsOf(Verdict verdict) =>
        verdict.FailedRules.Select(r => r.Message)
            .Concat(verdict.Outcome == VerdictOutcome.Undetermined ? [$"Thiếu thông tin: {string.Join(", ", verdict.MissingFacts)}."] : []);

    /// <summary>
    /// Whether the class may move to the status now (the same table its verb methods enforce), so that a page offers
    /// only the changes the class would accept. Opening also needs the opening rules to pass; this says only whether
    /// the state allows it.
    /// </summary>
    /// <param name="to">The status.</param>
    /// <returns><c>true</c> when the move is legal from the current status.</returns>
    /// <example><c>planned.CanMoveTo(ClassStatus.Approved)</c> is true; <c>planned.CanMoveTo(ClassStatus.InProgress)</c> is false.</example>
    public bool CanMoveTo(ClassStatus to) => Array.IndexOf(SourcesOf(to), Status) >= 0;

    private static ClassStatus[] SourcesOf(ClassStatus to) => to switch
    {
        ClassStatus.Approved => [ClassStatus.Planned],
        ClassStatus.Enrolling => [ClassStatus.Approved],
        ClassStatus.InProgress => [ClassStatus.Enrolling],
        ClassStatus.Completed => [ClassStatus.InProgress],
        ClassStatus.Closed => [ClassStatus.Completed],
        ClassStatus.Cancelled => [ClassStatus.Planned, ClassStatus.Approved, ClassStatus.Enrolling],
        _ => [],
    };

    private void MoveTo(ClassStatus to)
    {
        EnsureCanMove(to);
        Status = to;
    }

    private void EnsureCanMove(ClassStatus to)
    {
        if (!CanMoveTo(to))
        {
            throw new DomainRuleException(
                IllegalTransition,
                $"Không thể chuyển lớp từ trạng thái '{ClassLabels.Of(Status)}' sang '{ClassLabels.Of(to)}'.");
        }
    }

    private void EnsureNotStarted(string action)
    {
        if (HasOpened || Status == ClassStatus.Cancelled)
        {
            throw new DomainRuleException("Class.AlreadyOpened", $"Không thể {action}: lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'.");
        }
    }

    private void EnsureTimetableOpen(string action)
    {
        if (Status is ClassStatus.Completed or ClassStatus.Closed or ClassStatus.Cancelled)
        {
            throw new DomainRuleException("Class.TimetableClosed", $"Không thể {action}: lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'.");
        }
    }

    private void EnsureNotClosed(string action)
    {
        if (Status is ClassStatus.Closed or ClassStatus.Cancelled)
        {
            throw new DomainRuleException("Class.Finished", $"Không thể {action}: lớp {Code} đang ở trạng thái '{ClassLabels.Of(Status)}'.");
        }
    }

    private static void EnsurePending(Nomination nomination)
    {
        if (nomination.Status != NominationStatus.Pending)
        {
            throw new DomainRuleException(
                "Nomination.AlreadyDecided",
                $"Đề nghị cử {nomination.Learner.FullName} đã được xét (trạng thái '{ClassLabels.Of(nomination.Status)}').");
        }
    }

    private static void EnsureActive(Enrollment enrollment)
    {
        if (!enrollment.IsActive)
        {
            throw new DomainRuleException(
                "Enrollment.NotActive",
                $"{enrollment.Learner.FullName} đang ở trạng thái '{ClassLabels.Of(enrollment.Status)}'.");
        }
    }

    private void EnsureProgram(Programs.Program program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (!string.Equals(program.Code, ProgramCode, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Class {Code} belongs to programme {ProgramCode}, not {program.Code}.", nameof(program));
        }
    }

    private Nomination NominationWithId(Guid nominationId) =>
        _nominations.Find(n => n.Id == nominationId)
        ?? throw new ArgumentException($"Class {Code} has no nomination {nominationId}.", nameof(nominationId));

    private Enrollment EnrollmentWithId(Guid enrollmentId) =>
        _enrollments.Find(e => e.Id == enrollmentId)
        ?? throw new ArgumentException($"Class {Code} has no enrolment {enrollmentId}.", nameof(enrollmentId));

    // Sessions are kept in number order as they are scheduled, nominations and enrolments in the order they came; a store
    // may hand them back in any order.
    private void KeepSessionsInOrder() => Ordering.Keep(_sessions, s => s.Number);
}
