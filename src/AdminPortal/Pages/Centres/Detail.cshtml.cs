using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Centres;

/// <summary>
/// One centre: the units it served over time, its staff and the duty matrix on a date, with the library's accountability
/// check; a province admin or the centre's manager assigns and ends duties through the library's audited
/// <see cref="StaffingUseCases"/>.
/// </summary>
public sealed class DetailModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer, PortalPolicies policies) : PageModel
{
    /// <summary>The duty to assign.</summary>
    [BindProperty]
    public AssignInput Assign { get; set; } = new();

    /// <summary>The assignment to end.</summary>
    [BindProperty]
    public EndInput End { get; set; } = new();

    /// <summary>Whether the user may assign and end duties here.</summary>
    public bool CanManage { get; private set; }

    /// <summary>The date, dd/MM/yyyy; today when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    /// <summary>The date read.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>The centre.</summary>
    public TrainingCenter Center { get; private set; } = null!;

    /// <summary>The units served, each with its name and validity.</summary>
    public IReadOnlyList<(string Unit, CenterServiceArea Area)> ServiceAreas { get; private set; } = [];

    /// <summary>The recorded staffing, if any.</summary>
    public CenterStaffing? Staffing { get; private set; }

    /// <summary>The staff on the date.</summary>
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>The library's check on the date, when the centre existed then and its staffing is recorded.</summary>
    public AccountabilityReport? Accountability { get; private set; }

    /// <summary>Shows the centre.</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>The page, 403 for another centre's user, 404 for an unknown centre.</returns>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await RefusalAsync(id, write: false) is { } refusal)
        {
            return refusal;
        }

        Assign.From ??= AsOf;
        End.LastDay ??= AsOf;
        return await LoadAsync(id);
    }

    /// <summary>Gives a duty to a staff member from a date, through the library (audited).</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>Back to the page on the date, or the page with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostAssignAsync(string id)
    {
        if (await RefusalAsync(id, write: true) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var staffing = await db.CenterStaffings.AsNoTracking().SingleOrDefaultAsync(s => s.CenterId == id, HttpContext.RequestAborted);
        CheckDutyAndStaff(staffing, $"{nameof(Assign)}.{nameof(Assign.DutyCode)}", Assign.DutyCode, $"{nameof(Assign)}.{nameof(Assign.StaffId)}", Assign.StaffId);
        if (Assign.Role is not { } role || !Enum.IsDefined(role))
        {
            ModelState.AddModelError($"{nameof(Assign)}.{nameof(Assign.Role)}", localizer["FieldRequired", localizer["Duty role"]]);
        }

        var from = DateInput.Parse(ModelState, localizer, $"{nameof(Assign)}.{nameof(Assign.From)}", "From", Assign.From, required: true);
        if (ModelState.IsValid)
        {
            try
            {
                await new StaffingUseCases(db, clock, await policies.GetAsync(HttpContext.RequestAborted)).AssignDutyAsync(id, Assign.DutyCode!, Assign.StaffId!, Assign.Role!.Value, from!.Value, Actor, HttpContext.RequestAborted);
                TempData["Message"] = localizer["DutyAssigned"].Value;
                return RedirectToPage(new { id, asOf = DateInput.Format(from.Value) });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError("", refused.Message);
            }
        }

        AsOf ??= Assign.From;
        return await LoadAsync(id, keepDate: true);
    }

    /// <summary>Ends a staff member's duty on a last day, through the library (audited).</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>Back to the page on the last day, or the page with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostEndAsync(string id)
    {
        if (await RefusalAsync(id, write: true) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var staffing = await db.CenterStaffings.AsNoTracking().SingleOrDefaultAsync(s => s.CenterId == id, HttpContext.RequestAborted);
        CheckDutyAndStaff(staffing, $"{nameof(End)}.{nameof(End.DutyCode)}", End.DutyCode, $"{nameof(End)}.{nameof(End.StaffId)}", End.StaffId);
        var lastDay = DateInput.Parse(ModelState, localizer, $"{nameof(End)}.{nameof(End.LastDay)}", "Last day", End.LastDay, required: true);
        if (ModelState.IsValid)
        {
            try
            {
                await new StaffingUseCases(db, clock, await policies.GetAsync(HttpContext.RequestAborted)).EndDutyAsync(id, End.DutyCode!, End.StaffId!, lastDay!.Value, Actor, cancellationToken: HttpContext.RequestAborted);
                TempData["Message"] = localizer["DutyEnded"].Value;
                return RedirectToPage(new { id, asOf = DateInput.Format(lastDay.Value.PlusDays(1)) });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError("", refused.Message);
            }
        }

        AsOf ??= End.LastDay;
        return await LoadAsync(id, keepDate: true);
    }

    private string Actor => User.Identity?.Name ?? "?";

    // Unknown centre: 404; a centre the user may not read: 403; a write by anyone but a province admin or the centre's
    // manager: 403.
    private async Task<IActionResult?> RefusalAsync(string id, bool write)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(User, id) || (write && !CenterAccess.CanManageStaffing(User, id)))
        {
            return Forbid();
        }

        return null;
    }

    private void CheckDutyAndStaff(CenterStaffing? staffing, string dutyKey, string? dutyCode, string staffKey, string? staffId)
    {
        if (string.IsNullOrWhiteSpace(dutyCode))
        {
            ModelState.AddModelError(dutyKey, localizer["FieldRequired", localizer["Duty"]]);
        }
        else if (staffing is null || !staffing.Catalog.Duties.Any(d => d.Code == dutyCode))
        {
            ModelState.AddModelError(dutyKey, localizer["ChooseFromList", localizer["Duty"]]);
        }

        if (string.IsNullOrWhiteSpace(staffId))
        {
            ModelState.AddModelError(staffKey, localizer["FieldRequired", localizer["Staff member"]]);
        }
        else if (staffing?.FindStaff(staffId) is null)
        {
            ModelState.AddModelError(staffKey, localizer["ChooseFromList", localizer["Staff member"]]);
        }
    }

    private async Task<IActionResult> LoadAsync(string id, bool keepDate = false)
    {
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        if (registry.FindCenter(id) is not { } center)
        {
            return NotFound();
        }

        Center = center;
        CanManage = CenterAccess.CanManageStaffing(User, id);
        if (keepDate)
        {
            // After a refused post the page shows the date typed, if it is one; the form's errors stay next to its fields.
            Date = DateInput.Parse(new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary(), localizer, nameof(AsOf), "As of", AsOf, required: false) ?? clock.Today();
        }
        else
        {
            Date = DateInput.Parse(ModelState, localizer, nameof(AsOf), "As of", AsOf, required: false) ?? clock.Today();
            AsOf = ModelState.IsValid ? DateInput.Format(Date) : AsOf;
        }

        ServiceAreas = center.ServiceAreas
            .OrderBy(a => a.ValidFrom)
            .Select(a => (registry.IncarnationOn(a.UnitId, a.ValidFrom)?.DisplayName ?? registry.FindUnit(a.UnitId)?.DisplayName ?? a.UnitId, a))
            .ToList();
        Staffing = await db.CenterStaffings.AsNoTracking().SingleOrDefaultAsync(s => s.CenterId == id, HttpContext.RequestAborted);
        if (Staffing is not null && center.IsValidOn(Date))
        {
            Staff = Staffing.Staff.Where(s => s.IsOnStaffOn(Date)).OrderBy(s => s.PositionOn(Date)).ToList();
            Accountability = Staffing.CheckAccountability(Date);
        }

        return Page();
    }

    /// <summary>The assignments valid on the date, for the form that ends one.</summary>
    public IReadOnlyList<DutyAssignment> CurrentAssignments =>
        Staffing?.DutyAssignments.Where(a => a.IsValidOn(Date)).OrderBy(a => a.DutyCode, StringComparer.Ordinal).ToList() ?? [];

    /// <summary>The roles a staff member holds for a duty on the date.</summary>
    /// <param name="dutyCode">The duty.</param>
    /// <param name="staffId">The staff member.</param>
    /// <returns>The roles.</returns>
    public IReadOnlyList<DutyRole> RolesOf(string dutyCode, string staffId) =>
        Staffing?.DutyAssignments.Where(a => a.DutyCode == dutyCode && a.StaffId == staffId && a.IsValidOn(Date)).Select(a => a.Role).ToList() ?? [];
}

/// <summary>The form that gives a duty to a staff member.</summary>
public sealed class AssignInput
{
    /// <summary>The duty's code, from the centre's catalogue.</summary>
    public string? DutyCode { get; set; }

    /// <summary>The staff member's id.</summary>
    public string? StaffId { get; set; }

    /// <summary>Accountable or supporting.</summary>
    public DutyRole? Role { get; set; }

    /// <summary>The first day, dd/MM/yyyy.</summary>
    public string? From { get; set; }
}

/// <summary>The form that ends a staff member's duty.</summary>
public sealed class EndInput
{
    /// <summary>The duty's code.</summary>
    public string? DutyCode { get; set; }

    /// <summary>The staff member's id.</summary>
    public string? StaffId { get; set; }

    /// <summary>The last day the person holds the duty, dd/MM/yyyy.</summary>
    public string? LastDay { get; set; }
}
