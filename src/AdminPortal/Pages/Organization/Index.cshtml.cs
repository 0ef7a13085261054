using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.Organization;

namespace TrainingDomain.AdminPortal.Pages.Organization;

/// <summary>The organisation registry as of a date: provinces, district-level units and the centres serving them.</summary>
public sealed class IndexModel(IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();

    /// <summary>The date, dd/MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>The parsed date.</summary>
    public LocalDate? AsOf { get; private set; }

    /// <summary>Provinces existing on the date.</summary>
    public IReadOnlyList<AdministrativeUnit> Provinces { get; private set; } = [];

    /// <summary>District-level units existing on the date.</summary>
    public IReadOnlyList<AdministrativeUnit> Districts { get; private set; } = [];

    /// <summary>Centres existing on the date, with the names of the units they served.</summary>
    public IReadOnlyList<(TrainingCenter Center, IReadOnlyList<AdministrativeUnit> Served)> Centers { get; private set; } = [];

    /// <summary>What became of a unit: its successors, for units that no longer exist after the date.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The successors.</returns>
    public IReadOnlyList<AdministrativeUnit> SuccessorsOf(AdministrativeUnit unit) => Registry.Successors(unit.Id);

    /// <summary>Loads the registry as of the date.</summary>
    public void OnGet()
    {
        Date ??= DateInput.Format(clock.Today());
        if (DateInput.Parse(ModelState, localizer, nameof(Date), "Date", Date, required: true) is not { } date)
        {
            return;
        }

        AsOf = date;
        Provinces = Registry.UnitsOn(date, UnitTier.Province);
        Districts = Registry.UnitsOn(date, UnitTier.District).OrderBy(u => u.GsoCode, StringComparer.Ordinal).ToList();
        Centers = Registry.CentersOn(date)
            .Select(c => (c, Registry.UnitsServedBy(c.Id, date)))
            .OrderBy(pair => pair.Item2.FirstOrDefault()?.GsoCode, StringComparer.Ordinal)
            .ToList();
    }
}
