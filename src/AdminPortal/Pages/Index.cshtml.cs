using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using TrainingDomain.Calendar;
using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Pages;

/// <summary>The home page: what the portal offers today.</summary>
public sealed class IndexModel(IClock clock) : PageModel
{
    /// <summary>Today in Vietnam.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>The current quarter (Party reports use calendar quarters).</summary>
    public ReportingPeriod CurrentQuarter { get; private set; }

    /// <summary>How many programmes the catalogue holds.</summary>
    public int ProgramCount { get; } = ProgramCatalog.Default.Programs.Count;

    /// <summary>Loads the figures.</summary>
    public void OnGet()
    {
        Today = clock.Today();
        CurrentQuarter = ReportingPeriod.Containing(PeriodKind.Quarter, Today);
    }
}
