using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Centres;

/// <summary>One centre: the units it served over time, its staff and the duty matrix on a date, with the library's accountability check.</summary>
public sealed class DetailModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
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
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(User, id))
        {
            return Forbid();
        }

        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        if (registry.FindCenter(id) is not { } center)
        {
            return NotFound();
        }

        Center = center;
        Date = DateInput.Parse(ModelState, localizer, nameof(AsOf), "As of", AsOf, required: false) ?? clock.Today();
        AsOf = ModelState.IsValid ? DateInput.Format(Date) : AsOf;
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

    /// <summary>The roles a staff member holds for a duty on the date.</summary>
    /// <param name="dutyCode">The duty.</param>
    /// <param name="staffId">The staff member.</param>
    /// <returns>The roles.</returns>
    public IReadOnlyList<DutyRole> RolesOf(string dutyCode, string staffId) =>
        Staffing?.DutyAssignments.Where(a => a.DutyCode == dutyCode && a.StaffId == staffId && a.IsValidOn(Date)).Select(a => a.Role).ToList() ?? [];
}
