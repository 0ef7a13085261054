using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Pages.Dashboard;

/// <summary>Tổng quan: the period's figures at a glance, from the library's report, attendance engine and recognition check.</summary>
public sealed class IndexModel(ReportQuery query, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The outcome of the request.</summary>
    public ReportOutcome Outcome { get; private set; } = new(ReportStatus.Invalid, default);

    /// <summary>The picker.</summary>
    public PeriodPicker Picker { get; private set; } = null!;

    /// <summary>The report, when the input was valid.</summary>
    public StatisticsReport? Report => Outcome.Report;

    /// <summary>Attendance alerts in the classes of the period.</summary>
    public IReadOnlyList<AttendanceAlert> Alerts { get; private set; } = [];

    /// <summary>Part-time recognitions that end within 60 days.</summary>
    public IReadOnlyList<ExpiringRecognition> Expiring { get; private set; } = [];

    /// <summary>The accountability check of each centre whose staffing is recorded.</summary>
    public IReadOnlyList<TrainingDomain.Organization.AccountabilityReport> Accountability { get; private set; } = [];

    /// <summary>Centres of the report whose staff and duties are not recorded, so the duty check cannot cover them.</summary>
    public int CentersWithoutStaffing { get; private set; }

    /// <summary>The totals of the last eight quarters.</summary>
    public IReadOnlyList<(ReportingPeriod Quarter, Figures Total)> Trend { get; private set; } = [];

    /// <summary>The charts' data as JSON, read by wwwroot/js/dashboard.js.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>Builds the dashboard.</summary>
    /// <param name="input">The period picker's values.</param>
    /// <returns>The page, or 403/404 for a centre the user may not see or that does not exist.</returns>
    public async Task<IActionResult> OnGetAsync([FromQuery] PeriodInput input)
    {
        Outcome = await query.RunAsync(User, input, ModelState, HttpContext.RequestAborted);
        if (Outcome.RefusalFor(this) is { } refusal)
        {
            return refusal;
        }

        Picker = new PeriodPicker(input, Outcome.Period, Outcome.Provinces, Outcome.ProvinceId, Outcome.Status == ReportStatus.Invalid);
        if (Outcome.Report is not { } report || Outcome.Data is not { } data)
        {
            return Page();
        }

        var centers = report.Centers.Select(c => c.CenterId).ToHashSet(StringComparer.Ordinal);
        Alerts = await data.AttendanceAlertsAsync(report.Period, Outcome.Today, centers, HttpContext.RequestAborted);
        Expiring = data.ExpiringRecognitions(Outcome.Today, centers);
        Trend = await data.TrendAsync(report, Outcome.ProvinceId, HttpContext.RequestAborted);
        Accountability = data.Accountability(report.Period, Outcome.Today, centers);
        CentersWithoutStaffing = centers.Count(id => Accountability.All(a => a.CenterId != id));
        ChartJson = JsonSerializer.Serialize(new
        {
            series = new { classes = localizer["Classes opened"].Value, turns = localizer["Learner-turns"].Value },
            centers = new
            {
                labels = report.Centers.Select(c => ShortName(c.CenterName)),
                classes = report.Centers.Select(c => c.Figures.Classes),
                turns = report.Centers.Select(c => c.Figures.LearnerTurns),
            },
            programs = new
            {
                labels = report.Programs.Select(p => ProgramNames.Of(p.ProgramCode)),
                classes = report.Programs.Select(p => p.Figures.Classes),
                turns = report.Programs.Select(p => p.Figures.LearnerTurns),
            },
            trend = new
            {
                labels = Trend.Select(t => t.Quarter.Label),
                classes = Trend.Select(t => t.Total.Classes),
                turns = Trend.Select(t => t.Total.LearnerTurns),
            },
        });
        return Page();
    }

    // The chart's axis has room for "huyện Kim Thành", not for the whole "Trung tâm Chính trị huyện Kim Thành".
    private static string ShortName(string centerName) =>
        centerName.StartsWith("Trung tâm Chính trị ", StringComparison.Ordinal) ? centerName["Trung tâm Chính trị ".Length..] : centerName;
}
