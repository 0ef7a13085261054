using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Centres;

/// <summary>Trung tâm: the centres that existed on a date (those the user may see), what they served and the duty check.</summary>
public sealed class IndexModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The date, dd/MM/yyyy; today when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    /// <summary>The date read.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>The centres, in registry order.</summary>
    public IReadOnlyList<CenterLine> Centers { get; private set; } = [];

    /// <summary>Lists the centres.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var today = clock.Today();
        Date = DateInput.Parse(ModelState, localizer, nameof(AsOf), "As of", AsOf, required: false) ?? today;
        AsOf = ModelState.IsValid ? DateInput.Format(Date) : AsOf;
        var scope = CenterAccess.ScopeOf(User);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        var staffings = await db.CenterStaffings.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        Centers = registry.CentersOn(Date)
            .Where(c => scope.Includes(c.Id))
            .Select(c =>
            {
                var report = staffings.Find(s => s.CenterId == c.Id)?.CheckAccountability(Date);
                return new CenterLine(
                    c.Id,
                    c.Name,
                    string.Join(", ", registry.UnitsServedBy(c.Id, Date).Select(u => u.DisplayName)),
                    report?.UnownedMandatoryDuties.Count,
                    report?.MultipleOwners.Count,
                    report?.DirectorModel.Holds);
            })
            .ToList();
    }

    /// <summary>One centre in the list.</summary>
    /// <param name="Id">The centre.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Serves">The units it served on the date.</param>
    /// <param name="Unowned">Mandatory duties with no owner; <c>null</c> when staffing is not recorded.</param>
    /// <param name="DoublyOwned">Duties with more than one owner; <c>null</c> when staffing is not recorded.</param>
    /// <param name="DirectorModelHolds">Whether the director is the district Propaganda head; <c>null</c> when not recorded.</param>
    public sealed record CenterLine(string Id, string Name, string Serves, int? Unowned, int? DoublyOwned, bool? DirectorModelHolds);
}
