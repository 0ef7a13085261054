using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.Calendar;

namespace TrainingDomain.AdminPortal.Pages.Periods;

/// <summary>Finds the reporting period that contains a date, under either cut-off policy.</summary>
public sealed class IndexModel(IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{

    /// <summary>The date to look up, dd/MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>The kind of period.</summary>
    [BindProperty(SupportsGet = true)]
    public PeriodKind Kind { get; set; } = PeriodKind.Quarter;

    /// <summary>The cut-off policy.</summary>
    [BindProperty(SupportsGet = true)]
    public CutOffPolicy Policy { get; set; } = CutOffPolicy.Calendar;

    /// <summary>The period found.</summary>
    public ReportingPeriod? Period { get; private set; }

    /// <summary>The quarters of the period's year under the chosen policy.</summary>
    public IReadOnlyList<ReportingPeriod> Quarters { get; private set; } = [];

    /// <summary>Looks the period up.</summary>
    public void OnGet()
    {
        Date ??= DateInput.Format(clock.Today());
        if (DateInput.Parse(ModelState, localizer, nameof(Date), "Date", Date, required: true) is not { } date)
        {
            return;
        }

        try
        {
            Period = ReportingPeriod.Containing(Kind, date, Policy);
            Quarters = Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(Period.Value.Year, q, Policy)).ToList();
        }
        catch (ArgumentOutOfRangeException)
        {
            ModelState.AddModelError(nameof(Date), localizer["NoPeriodContainsDate", Date]);
        }
    }
}
