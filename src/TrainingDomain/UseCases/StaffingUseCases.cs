using Microsoft.EntityFrameworkCore;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>
/// A centre's staff and duties, and the lecturer register: hiring, assigning and ending duties, recording lecturers'
/// recognition decisions. Each call is one transaction with its audit entries.
/// </summary>
public sealed class StaffingUseCases
{
    /// <summary>Rule id: no lecturer has the id.</summary>
    public const string LecturerNotFound = ClassUseCases.LecturerNotFound;

    private readonly UseCaseRunner _run;

    /// <summary>Creates the use cases over a context.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="policies">The policies; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public StaffingUseCases(TrainingDbContext db, IClock clock, TrainingPolicies? policies = null)
    {
        _run = new UseCaseRunner(db, clock, policies);
    }

    private TrainingDbContext Db => _run.Db;

    /// <summary>Adds a person to a centre's staff (starting the centre's staffing record when it has none).</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="staffId">A new id within the centre.</param>
    /// <param name="fullName">The full name.</param>
    /// <param name="position">The post.</param>
    /// <param name="from">The first day in the post.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Center.NotFound</c>; the staffing record's refusals (<c>Staff.SecondDirector</c>, ...).</exception>
    public Task HireAsync(string centerId, string staffId, string fullName, StaffPosition position, LocalDate from, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var staffing = await StaffingAsync(centerId, ct);
            staffing.Hire(staffId, fullName, position, from);
            _run.Audit(actor, "Staff.Hired", "StaffMember", $"{staffing.CenterId}/{staffId}", staffing.CenterId, null, $"{fullName}: {position} từ {Labels.Of(from)}");
            return true;
        }, cancellationToken);
    }

    /// <summary>Gives a duty to a staff member from a date.</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="dutyCode">The duty (from the catalogue).</param>
    /// <param name="staffId">The staff member.</param>
    /// <param name="role">Accountable or responsible.</param>
    /// <param name="from">The first day.</param>
    /// <param name="actor">Who assigns it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The assignment.</returns>
    public Task<DutyAssignment> AssignDutyAsync(
        string centerId, string dutyCode, string staffId, DutyRole role, LocalDate from, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var staffing = await StaffingAsync(centerId, ct);
            var assignment = staffing.AssignDuty(dutyCode, staffId, role, from);
            _run.Audit(actor, "Duty.Assigned", "DutyAssignment", $"{staffing.CenterId}/{assignment.DutyCode}", staffing.CenterId, null,
                $"{assignment.StaffId} ({assignment.Role}) từ {Labels.Of(assignment.ValidFrom)}");
            return assignment;
        }, cancellationToken);
    }

    /// <summary>Ends a staff member's duty on a last day.</summary>
    /// <param name="centerId">The centre.</param>
    /// <param name="dutyCode">The duty.</param>
    /// <param name="staffId">The staff member.</param>
    /// <param name="lastDay">The last day they hold it.</param>
    /// <param name="actor">Who ends it.</param>
    /// <param name="reason">Why, if given.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ended assignment.</returns>
    public Task<DutyAssignment> EndDutyAsync(
        string centerId, string dutyCode, string staffId, LocalDate lastDay, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var staffing = await StaffingAsync(centerId, ct);
            var ended = staffing.EndDutyAssignment(dutyCode, staffId, lastDay);
            _run.Audit(actor, "Duty.Ended", "DutyAssignment", $"{staffing.CenterId}/{ended.DutyCode}", staffing.CenterId,
                $"{ended.StaffId} ({ended.Role}) từ {Labels.Of(ended.ValidFrom)}", $"đến {Labels.Of(lastDay)}", reason);
            return ended;
        }, cancellationToken);
    }

    /// <summary>Records a part-time lecturer's recognition decision.</summary>
    /// <param name="lecturerId">The lecturer.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Lecturer.NotFound</c>; the lecturer's refusals (<c>Lecturer.RecognitionOnlyForPartTime</c>, ...).</exception>
    public Task RecordRecognitionAsync(string lecturerId, RecognitionDecision decision, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var lecturer = await Db.Lecturers.FirstOrDefaultAsync(l => l.Id == lecturerId, ct)
                           ?? throw new DomainRuleException(LecturerNotFound, $"Không có giảng viên mã '{lecturerId}' trong danh sách.");
            var before = lecturer.LatestRecognition;
            lecturer.AddRecognition(decision);
            _run.Audit(actor, "Lecturer.Recognised", "Lecturer", lecturer.Id, lecturer.HomeCenterId,
                before is null ? null : $"{before.DecisionNumber} đến {Labels.Of(before.ValidTo)}",
                $"{decision.DecisionNumber} ({decision.IssuedBy}) {Labels.Of(decision.ValidFrom)}–{Labels.Of(decision.ValidTo)}");
            return true;
        }, cancellationToken);
    }

    private async Task<CenterStaffing> StaffingAsync(string centerId, CancellationToken cancellationToken)
    {
        var staffing = await Db.CenterStaffings.FirstOrDefaultAsync(s => s.CenterId == centerId, cancellationToken);
        if (staffing is not null)
        {
            return staffing;
        }

        var center = await Db.TrainingCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, cancellationToken)
                     ?? throw new DomainRuleException(ClassUseCases.CenterNotFound, $"Không có trung tâm mã '{centerId}'.");
        staffing = new CenterStaffing(center);
        Db.CenterStaffings.Add(staffing);
        return staffing;
    }
}
