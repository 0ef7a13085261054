using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>
/// What a centre does with a class, from plan to results, as use cases over a <see cref="TrainingDbContext"/>: each
/// call is one transaction (all of it is saved or none of it), every refusal is a <see cref="DomainRuleException"/>
/// whose rule id names the problem and whose message is Vietnamese, and every consequential change appends an entry to
/// the audit trail. The rules themselves are the domain's; this class loads, calls and saves.
/// </summary>
/// <remarks>
/// Pass <c>expectedVersion</c> (the <see cref="TrainingDbContext.VersionOf"/> the user's page was built from) to the
/// calls that edit a class together with other administrators: a class that changed since is refused with
/// <c>Data.Changed</c> ("reload") instead of being changed on the strength of a stale page.
/// </remarks>
/// <example>
/// <code>
/// var classes = new ClassUseCases(db, SystemClock.Instance);
/// var id = await classes.PlanAsync(new PlanClass("TTCT-288", "NTD", "NTD-01/2018", "Hội trường", start, end, 60), "canbo@ttct");
/// await classes.ApproveAsync(id, new ClassDecision("12/QĐ-TTCT", start.PlusDays(-10), "Giám đốc"), "giamdoc@ttct");
/// </code>
/// </example>
public sealed class ClassUseCases
{
    /// <summary>Rule id: no class has the given id.</summary>
    public const string ClassNotFound = "Class.NotFound";

    /// <summary>Rule id: the centre does not exist or had ended.</summary>
    public const string CenterNotFound = "Center.NotFound";

    /// <summary>Rule id: the centre already has a class with the code.</summary>
    public const string DuplicateClassCode = "Class.DuplicateCode";

    /// <summary>Rule id: the learner is already nominated to or enrolled in the class.</summary>
    public const string DuplicateLearner = "Nomination.DuplicateLearner";

    /// <summary>Rule id: the nomination, enrolment or session is not one of the class's.</summary>
    public const string NotOfThisClass = "Class.NotOfThisClass";

    /// <summary>Rule id: a score is outside 0–10.</summary>
    public const string ScoreOutOfRange = "Result.ScoreOutOfRange";

    /// <summary>Rule id: the lecturer is not in the register.</summary>
    public const string LecturerNotFound = "Lecturer.NotFound";

    /// <summary>Rule id: the lecturer is not qualified for the session, or is booked elsewhere at that time.</summary>
    public const string LecturerRefused = "Lecturer.NotAvailable";

    private const string Entity = "TrainingClass";

    private readonly UseCaseRunner _run;

    /// <summary>Creates the use cases over a context.</summary>
    /// <param name="db">The context (one per request or unit of work).</param>
    /// <param name="clock">The clock "today" and audit times come from.</param>
    /// <param name="policies">The policies; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public ClassUseCases(TrainingDbContext db, IClock clock, TrainingPolicies? policies = null)
    {
        _run = new UseCaseRunner(db, clock, policies);
    }

    private TrainingDbContext Db => _run.Db;

    /// <summary>Plans a class at a centre (status Planned).</summary>
    /// <param name="command">The class.</param>
    /// <param name="actor">Who plans it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new class's id.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Center.NotFound</c> for an unknown centre or one not running on the planned start; <c>Programs.Unknown</c>
    /// for an unknown programme; <c>Class.DuplicateCode</c> when the centre already has the code.
    /// </exception>
    /// <exception cref="ArgumentException">When a field is blank or out of range (named by the exception).</exception>
    public Task<Guid> PlanAsync(PlanClass command, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var centerId = command.CenterId?.Trim() ?? string.Empty;
            var center = await Db.TrainingCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct);
            if (center is null || !center.IsValidOn(command.PlannedStart))
            {
                throw new DomainRuleException(
                    CenterNotFound,
                    center is null
                        ? $"Không có trung tâm mã '{command.CenterId}'."
                        : $"{center.Name} không hoạt động vào ngày {Labels.Of(command.PlannedStart)}.");
            }

            var program = ProgramOf(command.ProgramCode);
            var code = command.Code?.Trim() ?? string.Empty;
            if (await Db.TrainingClasses.AnyAsync(c => c.CenterId == center.Id && c.Code == code, ct))
            {
                throw new DomainRuleException(DuplicateClassCode, $"{center.Name} đã có lớp mã '{code}'.");
            }

            var trainingClass = new TrainingClass(
                Guid.NewGuid(), center.Id, program.Code, code, command.Venue, command.PlannedStart, command.PlannedEnd, command.Capacity, command.PlanItemId);
            Db.TrainingClasses.Add(trainingClass);
            _run.Audit(actor, "Class.Planned", Entity, trainingClass.Id.ToString(), center.Id, null, trainingClass.ToString());
            return trainingClass.Id;
        }, cancellationToken);
    }

    /// <summary>Approves a planned class, with the approval decision when the class is outside the plan.</summary>
    /// <param name="classId">The class.</param>
    /// <param name="decision">The decision (number, date, signer); may be null for a class from the approved plan.</param>
    /// <param name="actor">Who approves.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Class.IllegalTransition</c> unless the class is planned; <c>Data.Changed</c>.</exception>
    public Task ApproveAsync(Guid classId, ClassDecision? decision, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(classId, actor, expectedVersion, "Class.Approved", c => c.Approve(decision), decision?.ToString(), cancellationToken);

    /// <summary>Records the centre's decision to open the class (one of the opening rules asks for it).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="decision">The decision (number, date, signer).</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; the class's refusal once it has started; <c>Data.Changed</c>.</exception>
    public Task RecordOpeningDecisionAsync(Guid classId, ClassDecision decision, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return ChangeStatusAsync(classId, actor, expectedVersion, "Class.OpeningDecisionRecorded", c => c.RecordOpeningDecision(decision), decision.ToString(), cancellationToken);
    }

    /// <summary>Starts taking nominations and enrolments for an approved class.</summary>
    /// <param name="classId">The class.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public Task StartEnrolmentAsync(Guid classId, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(classId, actor, expectedVersion, "Class.EnrolmentStarted", c => c.StartEnrolment(), null, cancellationToken);

    /// <summary>Cancels a class with a reason (today).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who cancels.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public Task CancelAsync(Guid classId, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(classId, actor, expectedVersion, "Class.Cancelled", c => c.Cancel(reason, _run.Today), reason, cancellationToken);

    /// <summary>Completes a class in progress (its last session was held).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public Task CompleteAsync(Guid classId, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(classId, actor, expectedVersion, "Class.Completed", c => c.Complete(), null, cancellationToken);

    /// <summary>Closes a completed class's file: its results are final (no result is recorded or changed afterwards); certificates can still be issued.</summary>
    /// <param name="classId">The class.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Class.IllegalTransition</c> unless the class is completed; <c>Data.Changed</c>.</exception>
    public Task CloseAsync(Guid classId, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(classId, actor, expectedVersion, "Class.Closed", c => c.Close(), null, cancellationToken);

    /// <summary>
    /// Adds a session to the timetable after checking its lecturer: the lecturer must be in the register, qualified for
    /// the programme and topic on that date (the qualification verdict's reasons are given otherwise), and not teach
    /// another class's session at an overlapping time.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="session">The session.</param>
    /// <param name="actor">Who schedules it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The lecturer's qualification verdict for the session.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Lecturer.NotFound</c>; <c>Lecturer.NotAvailable</c> (unqualified or booked);
    /// the timetable's own refusals (<c>Class.DuplicateSession</c>, <c>Class.TimetableClosed</c>).
    /// </exception>
    public Task<Verdict> ScheduleSessionAsync(Guid classId, ClassSession session, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            return await ScheduleAsync(trainingClass, session, actor, ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a session of the timetable (its date, time, topic, periods or lecturer), with the same lecturer checks as
    /// <see cref="ScheduleSessionAsync"/>: the old session is taken out and the new one put in, in one transaction.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="session">The session as it should be; its number names the session to change.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The lecturer's qualification verdict for the session.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the class has no session with the number.</exception>
    /// <exception cref="DomainRuleException">
    /// As <see cref="ScheduleSessionAsync"/>; <c>Class.SessionHasAttendance</c> once attendance was recorded for the session.
    /// </exception>
    public Task<Verdict> RescheduleSessionAsync(Guid classId, ClassSession session, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var before = trainingClass.SessionNumbered(session.Number);
            trainingClass.RemoveSession(session.Number);
            _run.Audit(actor, "Session.Removed", Entity, trainingClass.Id.ToString(), trainingClass.CenterId,
                $"Buổi {before.Number}: {Labels.Of(before.Date)} {before.Slot.TimeRange}, {before.TopicCode}, {before.LecturerId}", null);
            return await ScheduleAsync(trainingClass, session, actor, ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Takes a session out of the timetable, while the class allows it: the timetable is still open (not completed,
    /// closed or cancelled) and nobody has been marked for the session. Audited with the session as it was.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="sessionNumber">The session's number.</param>
    /// <param name="actor">Who removes it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Class.NotOfThisClass</c> when the class has no such session; <c>Data.Changed</c>;
    /// <c>Class.TimetableClosed</c>; <c>Class.SessionHasAttendance</c> once attendance was recorded for it.
    /// </exception>
    public Task RemoveSessionAsync(Guid classId, int sessionNumber, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var session = trainingClass.Sessions.FirstOrDefault(s => s.Number == sessionNumber)
                          ?? throw new DomainRuleException(NotOfThisClass, $"Lớp {trainingClass.Code} không có buổi số {sessionNumber}.");
            trainingClass.RemoveSession(sessionNumber);
            _run.Audit(actor, "Session.Removed", Entity, trainingClass.Id.ToString(), trainingClass.CenterId,
                $"Buổi {session.Number}: {Labels.Of(session.Date)} {session.Slot.TimeRange}, {session.TopicCode}, {session.LecturerId}", null);
            return true;
        }, cancellationToken);
    }

    private async Task<Verdict> ScheduleAsync(TrainingClass trainingClass, ClassSession session, string actor, CancellationToken ct)
    {
        var lecturer = await Db.Lecturers.AsNoTracking().FirstOrDefaultAsync(l => l.Id == session.LecturerId, ct)
                       ?? throw new DomainRuleException(LecturerNotFound, $"Không có giảng viên mã '{session.LecturerId}' trong danh sách.");
        var verdict = new LecturerQualification(_run.Policies.Qualification).Check(lecturer, trainingClass.ProgramCode, session.TopicCode, session.Date);
        if (!verdict.IsAccepted)
        {
            var reasons = verdict.Results.Where(r => r.Outcome != RuleOutcome.Passed).Select(r => r.Message);
            throw new DomainRuleException(LecturerRefused, $"Giảng viên {lecturer.FullName} không đủ điều kiện giảng buổi {session.Number}: {string.Join(" ", reasons)}");
        }

        var clash = (await OtherBookingsAsync(trainingClass, [session.LecturerId], session.Date, session.Date, ct))
            .FirstOrDefault(b => b.Slot.Overlaps(session.Slot));
        if (clash is not null)
        {
            throw new DomainRuleException(
                LecturerRefused,
                $"Giảng viên {lecturer.FullName} đã có lịch {clash.Description} ({clash.Slot}) trùng buổi {session.Number} ngày {Labels.Of(session.Date)}.");
        }

        trainingClass.ScheduleSession(session);
        _run.Audit(actor, "Session.Scheduled", Entity, trainingClass.Id.ToString(), trainingClass.CenterId, null,
            $"Buổi {session.Number}: {Labels.Of(session.Date)} {session.Slot.TimeRange}, {session.TopicCode}, {session.LecturerId}");
        return verdict;
    }

    /// <summary>
    /// Receives a nominating organisation's list: every nominee gets the programme's eligibility verdict, stored with
    /// the nomination. A nominee already nominated to the class (same citizen ID, or same name and birth date), or
    /// listed twice, refuses the whole list and nothing is written.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="list">The list.</param>
    /// <param name="actor">Who receives it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new nominations, in list order, with their verdicts.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Nomination.DuplicateLearner</c>; <c>Class.NotReceivingNominations</c>.</exception>
    public Task<IReadOnlyList<Nomination>> ReceiveNominationsAsync(Guid classId, NominationList list, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, null, ct);
            return Receive(trainingClass, list, actor);
        }, cancellationToken);
    }

    /// <summary>
    /// Enrols nominees, all or none: each on its stored verdict, or with the override an ineligible or undetermined
    /// verdict needs (recorded on the verdict and in the audit trail). Capacity is enforced by the class.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="requests">The nominees to enrol.</param>
    /// <param name="actor">Who enrols them.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new enrolments, in request order.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Class.NotOfThisClass</c> for a nomination of another class; <c>Data.Changed</c> when
    /// the class changed since <paramref name="expectedVersion"/> or during the save; the class's refusals
    /// (<c>Class.CapacityReached</c>, <c>Enrollment.NotEligible</c>, <c>Nomination.AlreadyDecided</c>, ...).
    /// </exception>
    public Task<IReadOnlyList<Enrollment>> EnrolAsync(
        Guid classId, IReadOnlyList<EnrolmentRequest> requests, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var enrolled = new List<Enrollment>(requests.Count);
            foreach (var request in requests)
            {
                enrolled.Add(Enrol(trainingClass, request, actor));
            }

            return (IReadOnlyList<Enrollment>)enrolled;
        }, cancellationToken);
    }

    /// <summary>
    /// Receives a nomination list and enrols, in one transaction, every nominee whose verdict is Eligible; the others
    /// stay pending for an override or a refusal. When the eligible nominees do not all fit, nothing is written.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="list">The list.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Who was enrolled and who is pending.</returns>
    public Task<NominationListOutcome> EnrolNominationListAsync(
        Guid classId, NominationList list, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var nominations = Receive(trainingClass, list, actor);
            var enrolled = new List<Enrollment>();
            var pending = new List<Nomination>();
            foreach (var nomination in nominations)
            {
                if (nomination.Verdict.IsAccepted)
                {
                    enrolled.Add(Enrol(trainingClass, new EnrolmentRequest(nomination.Id), actor));
                }
                else
                {
                    pending.Add(nomination);
                }
            }

            return new NominationListOutcome(enrolled, pending);
        }, cancellationToken);
    }

    /// <summary>
    /// Receives several nominating organisations' lists and, in one transaction, enrols every nominee whose verdict is
    /// Eligible or who comes with an override (an approver and a reason for an Ineligible or Undetermined verdict); the
    /// others stay pending for a later override or a refusal. A duplicate nominee, a full class or any other refusal
    /// writes nothing.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="imports">The lists, each with one override slot per nominee (null where none is given).</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Who was enrolled and who is pending.</returns>
    /// <exception cref="ArgumentException">When a list's override slots do not match its nominees.</exception>
    /// <exception cref="DomainRuleException">
    /// As <see cref="ReceiveNominationsAsync"/> and <see cref="EnrolAsync"/> (<c>Class.CapacityReached</c>, <c>Data.Changed</c>, ...).
    /// </exception>
    public Task<NominationListOutcome> ImportNominationsAsync(
        Guid classId, IReadOnlyList<NominationImport> imports, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (imports.Any(i => i.Overrides.Count != i.List.Nominees.Count))
        {
            throw new ArgumentException("Every nominee needs an override slot (null for none).", nameof(imports));
        }

        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var enrolled = new List<Enrollment>();
            var pending = new List<Nomination>();
            foreach (var import in imports)
            {
                var nominations = Receive(trainingClass, import.List, actor);
                for (var k = 0; k < nominations.Count; k++)
                {
                    var approval = nominations[k].Verdict.IsAccepted ? null : import.Overrides[k];
                    if (nominations[k].Verdict.IsAccepted || approval is not null)
                    {
                        enrolled.Add(Enrol(trainingClass, new EnrolmentRequest(nominations[k].Id, approval), actor));
                    }
                    else
                    {
                        pending.Add(nominations[k]);
                    }
                }
            }

            return new NominationListOutcome(enrolled, pending);
        }, cancellationToken);
    }

    /// <summary>
    /// The lecturers a timetable may offer for a session: each with the qualification verdict for the class's programme,
    /// the topic and the date, and the other class's session they already teach at an overlapping time, if any. The same
    /// checks <see cref="ScheduleSessionAsync"/> makes; nothing is written.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="topicCode">The topic.</param>
    /// <param name="slot">When the session would take place.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The lecturers, the class's centre's first, then by name.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>.</exception>
    public async Task<IReadOnlyList<LecturerChoice>> LecturerChoicesAsync(Guid classId, string topicCode, TeachingSlot slot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        ArgumentNullException.ThrowIfNull(slot);
        var trainingClass = await Db.TrainingClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, cancellationToken) ?? throw NotFound(classId);
        var lecturers = await Db.Lecturers.AsNoTracking().ToListAsync(cancellationToken);
        var bookings = await OtherBookingsAsync(trainingClass, lecturers.Select(l => l.Id).ToList(), slot.Date, slot.Date, cancellationToken);
        var qualification = new LecturerQualification(_run.Policies.Qualification);
        return lecturers
            .OrderBy(l => l.HomeCenterId == trainingClass.CenterId ? 0 : 1)
            .ThenBy(l => l.FullName, StringComparer.Create(Labels.Vietnamese, ignoreCase: true))
            .Select(l =>
            {
                var clash = bookings.FirstOrDefault(b => b.LecturerId == l.Id && b.Slot.Overlaps(slot));
                return new LecturerChoice(
                    l.Id, l.FullName, l.HomeCenterId, qualification.Check(l, trainingClass.ProgramCode, topicCode, slot.Date),
                    clash is null ? null : $"Đã có lịch {clash.Description} ({clash.Slot}).");
            })
            .ToList();
    }

    /// <summary>Refuses a pending nomination with a reason (sent back to the nominating organisation).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who refuses.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Class.NotOfThisClass</c>; <c>Data.Changed</c>; <c>Nomination.AlreadyDecided</c> unless pending.
    /// </exception>
    public Task RefuseNominationAsync(Guid classId, Guid nominationId, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var nomination = NominationOf(trainingClass, nominationId);
            trainingClass.RefuseNomination(nominationId, reason);
            _run.Audit(actor, "Nomination.Refused", "Nomination", nominationId.ToString(), trainingClass.CenterId, nomination.Status.ToString(), "Refused", reason);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Withdraws a pending nomination at its organisation's request, with a reason (sent back to the organisation as
    /// "Đã rút"); the person may be nominated again.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Class.NotOfThisClass</c>; <c>Data.Changed</c>; <c>Nomination.AlreadyDecided</c> unless pending.
    /// </exception>
    public Task WithdrawNominationAsync(Guid classId, Guid nominationId, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var nomination = NominationOf(trainingClass, nominationId);
            var from = nomination.Status;
            trainingClass.WithdrawNomination(nominationId, reason);
            _run.Audit(actor, "Nomination.Withdrawn", "Nomination", nominationId.ToString(), trainingClass.CenterId, from.ToString(), nomination.Status.ToString(), reason);
            return true;
        }, cancellationToken);
    }

    /// <summary>Withdraws a learner from the class (frees the seat).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The withdrawal status (before or after the start).</returns>
    public Task<EnrollmentStatus> WithdrawAsync(Guid classId, Guid enrollmentId, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            EnrollmentOf(trainingClass, enrollmentId);
            var status = trainingClass.Withdraw(enrollmentId, _run.Today, reason);
            _run.Audit(actor, "Enrollment.Withdrawn", "Enrollment", enrollmentId.ToString(), trainingClass.CenterId, nameof(EnrollmentStatus.Active), status.ToString(), reason);
            return status;
        }, cancellationToken);
    }

    /// <summary>Evaluates the opening rules today without changing anything (what the "open" page shows first).</summary>
    /// <param name="classId">The class.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The verdict, rule by rule.</returns>
    public async Task<Verdict> CheckOpeningAsync(Guid classId, CancellationToken cancellationToken = default)
    {
        var trainingClass = await Db.TrainingClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, cancellationToken) ?? throw NotFound(classId);
        return _run.Policies.Opening.Evaluate(await OpeningContextAsync(trainingClass, cancellationToken));
    }

    /// <summary>
    /// Opens the class when every opening rule passes (its lecturers, timetable, enrolments, decision, plan); stores the
    /// verdict with the class. When a rule fails, nothing is written and the verdict says which and why.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="expectedVersion">The class version the user saw, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether it opened, and the verdict.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Data.Changed</c>.</exception>
    public async Task<OpeningOutcome> OpenAsync(Guid classId, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Verdict? refused = null;
        var opened = await _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var verdict = _run.Policies.Opening.Evaluate(await OpeningContextAsync(trainingClass, ct));
            if (verdict.Outcome != VerdictOutcome.Eligible)
            {
                refused = verdict;
                Db.ChangeTracker.Clear();
                return null;
            }

            var from = trainingClass.Status;
            trainingClass.Open(verdict);
            _run.Audit(actor, "Class.Opened", Entity, trainingClass.Id.ToString(), trainingClass.CenterId, from.ToString(), trainingClass.Status.ToString());
            return verdict;
        }, cancellationToken);
        return opened is not null ? new OpeningOutcome(true, opened) : new OpeningOutcome(false, refused!);
    }

    /// <summary>
    /// Saves an attendance sheet for one session: every line's mark (each change audited, with the reason of a change);
    /// all lines or none.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="sessionNumber">The session's number in the class.</param>
    /// <param name="lines">The marks.</param>
    /// <param name="actor">Who marks.</param>
    /// <param name="expectedVersion">The class version the sheet was built from, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many marks changed.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Class.NotOfThisClass</c> for a session or an enrolment that is not the class's;
    /// <c>Data.Changed</c>; the class's refusals (<c>Class.AttendanceNotOpen</c>, <c>Attendance.AfterWithdrawal</c>, ...).
    /// </exception>
    public Task<int> MarkAttendanceAsync(
        Guid classId, int sessionNumber, IReadOnlyList<AttendanceLine> lines, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            if (!trainingClass.Sessions.Any(s => s.Number == sessionNumber))
            {
                throw new DomainRuleException(NotOfThisClass, $"Lớp {trainingClass.Code} không có buổi số {sessionNumber}.");
            }

            var changed = 0;
            foreach (var line in lines)
            {
                var enrollment = EnrollmentOf(trainingClass, line.EnrollmentId);
                var before = enrollment.MarkFor(sessionNumber)?.Mark;
                if (trainingClass.MarkAttendance(line.EnrollmentId, sessionNumber, line.Mark, actor, _run.Now, line.Reason, line.Why))
                {
                    changed++;
                    _run.Audit(actor, "Attendance.Marked", "Enrollment", line.EnrollmentId.ToString(), trainingClass.CenterId,
                        before?.ToString(), $"Buổi {sessionNumber}: {line.Mark}", line.Why ?? line.Reason);
                }
            }

            return changed;
        }, cancellationToken);
    }

    /// <summary>
    /// Records the scores of an assessment for learners of a completed class, all or none: each score is checked (0–10),
    /// classified by the grading policy against the learner's attendance (an override lets a learner below the threshold
    /// pass, and is recorded), stored as the learner's result (replacing an earlier one of the same kind, audited from →
    /// to) and as the enrolment's pass/fail outcome.
    /// </summary>
    /// <param name="classId">The class.</param>
    /// <param name="kind">The assessment.</param>
    /// <param name="scores">The scores.</param>
    /// <param name="actor">Who records them.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Class.NotFound</c>; <c>Result.ScoreOutOfRange</c> naming the learner and the value; <c>Class.NotOfThisClass</c>;
    /// <c>Class.NotCompleted</c>; <c>Result.AttendanceBelowThreshold</c>.
    /// </exception>
    public Task<IReadOnlyList<AssessmentResult>> RecordResultsAsync(
        Guid classId, AssessmentKind kind, IReadOnlyList<ScoreLine> scores, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, null, ct);
            var engine = new AttendanceEngine(_run.Policies.Attendance);
            var ids = scores.Select(s => s.EnrollmentId).ToList();
            var earlier = await Db.Set<AssessmentResult>().Where(r => ids.Contains(r.EnrolmentId) && r.Kind == kind).ToListAsync(ct);
            var results = new List<AssessmentResult>(scores.Count);
            foreach (var line in scores)
            {
                var enrollment = EnrollmentOf(trainingClass, line.EnrollmentId);
                if (line.Score is < 0 or > 10 || decimal.Round(line.Score, 1) != line.Score)
                {
                    throw new DomainRuleException(
                        ScoreOutOfRange,
                        $"Điểm của {enrollment.Learner.FullName} là {line.Score.ToString(CultureInfo.GetCultureInfo("vi-VN"))}: điểm phải từ 0 đến 10, lẻ đến 0,1.");
                }

                var standing = engine.Evaluate(trainingClass, line.EnrollmentId, _run.Today)?.Standing
                               ?? throw new DomainRuleException("Enrollment.NotActive", $"{enrollment.Learner.FullName} không còn học trong lớp {trainingClass.Code}.");
                var result = AssessmentResult.Record(line.EnrollmentId, kind, Score.Of(line.Score), standing, _run.Today, line.AttendanceOverride, _run.Policies.Grading);
                trainingClass.RecordOutcome(line.EnrollmentId, result.IsPassing);
                var old = earlier.Find(r => r.EnrolmentId == line.EnrollmentId);
                if (old is not null)
                {
                    Db.Remove(old);
                    earlier.Remove(old);
                }

                Db.Add(result);
                Db.SetCenter(result, trainingClass.CenterId);
                _run.Audit(actor, "Result.Recorded", "Enrollment", line.EnrollmentId.ToString(), trainingClass.CenterId,
                    old is null ? null : $"{old.Kind}: {old.Score} ({old.Classification})", $"{kind}: {result.Score} ({result.Classification})");
                if (line.AttendanceOverride is { } approval)
                {
                    _run.Audit(actor, "Verdict.Overridden", "AssessmentResult", line.EnrollmentId.ToString(), trainingClass.CenterId,
                        standing.MeetsThreshold ? "Eligible" : "Ineligible", $"Eligible (phê duyệt: {approval.Approver})", approval.Reason);
                }

                results.Add(result);
            }

            return (IReadOnlyList<AssessmentResult>)results;
        }, cancellationToken);
    }

    internal async Task<IReadOnlyList<LecturerBooking>> OtherBookingsAsync(
        TrainingClass trainingClass, IReadOnlyCollection<string> lecturerIds, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        // Bookings are not stored: a lecturer's engagements are the sessions of the other classes that name them.
        var sessions = await Db.TrainingClasses.AsNoTracking()
            .Where(c => c.Id != trainingClass.Id && c.Status != ClassStatus.Cancelled)
            .SelectMany(c => c.Sessions, (c, s) => new { c.Code, Session = s })
            .Where(x => lecturerIds.Contains(x.Session.LecturerId) && x.Session.Slot.Date >= from && x.Session.Slot.Date <= to)
            .ToListAsync(cancellationToken);
        return sessions.Select(x => new LecturerBooking(x.Session.LecturerId, x.Session.Slot, $"buổi {x.Session.Number} lớp {x.Code}")).ToList();
    }

    private async Task<OpeningContext> OpeningContextAsync(TrainingClass trainingClass, CancellationToken cancellationToken)
    {
        var program = ProgramOf(trainingClass.ProgramCode);
        var lecturerIds = trainingClass.Sessions.Select(s => s.LecturerId).Distinct(StringComparer.Ordinal).ToList();
        var lecturers = await Db.Lecturers.AsNoTracking().Where(l => lecturerIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var plan = await Db.AnnualClassPlans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.CenterId == trainingClass.CenterId && p.Year == trainingClass.PlannedStart.Year, cancellationToken);
        var first = trainingClass.FirstSessionDate ?? trainingClass.PlannedStart;
        var last = trainingClass.LastSessionDate ?? trainingClass.PlannedEnd;
        return new OpeningContext(trainingClass, program, lecturers, new LecturerQualification(_run.Policies.Qualification), _run.Today)
        {
            Plan = plan,
            OtherBookings = await OtherBookingsAsync(trainingClass, lecturerIds, first, last, cancellationToken),
        };
    }

    private IReadOnlyList<Nomination> Receive(TrainingClass trainingClass, NominationList list, string actor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var existing in trainingClass.Nominations.Where(n => n.Status is not (NominationStatus.Refused or NominationStatus.Withdrawn)))
        {
            seen.Add(IdentityOf(existing.Learner));
        }

        foreach (var nominee in list.Nominees)
        {
            if (!seen.Add(IdentityOf(nominee)))
            {
                throw new DomainRuleException(
                    DuplicateLearner,
                    $"{nominee.FullName} ({(nominee.CitizenId is { } id ? $"CCCD {id}" : nominee.BirthDate is { } born ? $"sinh {Labels.Of(born)}" : "không có CCCD")}) đã có trong danh sách của lớp {trainingClass.Code}.");
            }
        }

        var nominations = trainingClass.ReceiveNominations(list, ProgramOf(trainingClass.ProgramCode));
        foreach (var nomination in nominations)
        {
            _run.Audit(actor, "Nomination.Received", "Nomination", nomination.Id.ToString(), trainingClass.CenterId, null,
                $"{nomination.Learner.FullName} ({list.Organization.Name}): {nomination.Verdict.Outcome}");
        }

        return nominations;

        static string IdentityOf(LearnerProfile learner) =>
            learner.CitizenId is { } id ? $"id:{id}" : $"name:{learner.FullName.Trim().ToUpperInvariant()}|{learner.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    private Enrollment Enrol(TrainingClass trainingClass, EnrolmentRequest request, string actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nomination = NominationOf(trainingClass, request.NominationId);
        var enrollment = trainingClass.Enroll(request.NominationId, _run.Today, request.Override);
        _run.Audit(actor, "Enrollment.Enrolled", "Enrollment", enrollment.Id.ToString(), trainingClass.CenterId, null,
            $"{enrollment.Learner.FullName} vào lớp {trainingClass.Code}");
        if (request.Override is { } approval)
        {
            _run.Audit(actor, "Verdict.Overridden", "Enrollment", enrollment.Id.ToString(), trainingClass.CenterId,
                nomination.Verdict.Outcome.ToString(), $"Eligible (phê duyệt: {approval.Approver})", approval.Reason);
        }

        return enrollment;
    }

    private async Task ChangeStatusAsync(
        Guid classId, string actor, int? expectedVersion, string action, Action<TrainingClass> change, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await _run.RunAsync(async ct =>
        {
            var trainingClass = await LoadAsync(classId, expectedVersion, ct);
            var from = trainingClass.Status;
            change(trainingClass);
            _run.Audit(actor, action, Entity, trainingClass.Id.ToString(), trainingClass.CenterId, from.ToString(), trainingClass.Status.ToString(), reason);
            return true;
        }, cancellationToken);
    }

    private async Task<TrainingClass> LoadAsync(Guid classId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var trainingClass = await Db.TrainingClasses.FirstOrDefaultAsync(c => c.Id == classId, cancellationToken) ?? throw NotFound(classId);
        if (expectedVersion is { } expected && Db.VersionOf(trainingClass) != expected)
        {
            throw new DomainRuleException(
                UseCaseRunner.ChangedRuleId,
                $"Lớp {trainingClass.Code} vừa được người khác thay đổi sau khi trang được mở; hãy tải lại trang và thực hiện lại.");
        }

        return trainingClass;
    }

    private static DomainRuleException NotFound(Guid classId) => new(ClassNotFound, $"Không có lớp học mã {classId}.");

    private Programs.Program ProgramOf(string code) =>
        _run.Policies.Programs.TryGet(code?.ToUpperInvariant() ?? string.Empty, out var program)
            ? program
            : throw new DomainRuleException("Programs.Unknown", $"Không có chương trình mã '{code}' trong danh mục.");

    private static Nomination NominationOf(TrainingClass trainingClass, Guid nominationId) =>
        trainingClass.Nominations.FirstOrDefault(n => n.Id == nominationId)
        ?? throw new DomainRuleException(NotOfThisClass, $"Đề cử {nominationId} không thuộc lớp {trainingClass.Code}.");

    private static Enrollment EnrollmentOf(TrainingClass trainingClass, Guid enrollmentId) =>
        trainingClass.Enrollments.FirstOrDefault(e => e.Id == enrollmentId)
        ?? throw new DomainRuleException(NotOfThisClass, $"Học viên (mã ghi danh {enrollmentId}) không thuộc lớp {trainingClass.Code}.");
}
