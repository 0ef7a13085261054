using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Pages.Reports;

/// <summary>Báo cáo: the library's statistics report for any period, policy and province, with CSV and Excel exports.</summary>
public sealed class IndexModel(ReportQuery query, ReportExport export) : PageModel
{
    /// <summary>The outcome of the request.</summary>
    public ReportOutcome Outcome { get; private set; } = new(ReportStatus.Invalid, default);

    /// <summary>The picker.</summary>
    public PeriodPicker Picker { get; private set; } = null!;

    /// <summary>The report, when the input was valid.</summary>
    public StatisticsReport? Report => Outcome.Report;

    /// <summary>The report's query-string values, for the export and print links.</summary>
    public Dictionary<string, string?> Route { get; private set; } = [];

    /// <summary>Shows the report.</summary>
    /// <param name="input">The period picker's values.</param>
    /// <returns>The page, or 403/404 for a centre the user may not see or that does not exist.</returns>
    public async Task<IActionResult> OnGetAsync([FromQuery] PeriodInput input) => await Run(input) ?? Page();

    /// <summary>The report as CSV.</summary>
    /// <param name="input">The period picker's values.</param>
    /// <returns>The file, or the page with the input errors.</returns>
    public async Task<IActionResult> OnGetCsvAsync([FromQuery] PeriodInput input) =>
        await Run(input) ?? (Report is { } report
            ? File(export.Csv(report, Outcome.ProvinceName), "text/csv; charset=utf-8", ReportExport.FileName(report.Period, "csv"))
            : Page());

    /// <summary>The report as an Excel workbook.</summary>
    /// <param name="input">The period picker's values.</param>
    /// <returns>The file, or the page with the input errors.</returns>
    public async Task<IActionResult> OnGetExcelAsync([FromQuery] PeriodInput input) =>
        await Run(input) ?? (Report is { } report
            ? File(export.Excel(report, Outcome.ProvinceName), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportExport.FileName(report.Period, "xlsx"))
            : Page());

    private async Task<IActionResult?> Run(PeriodInput input)
    {
        Outcome = await query.RunAsync(User, input, ModelState, HttpContext.RequestAborted);
        if (Outcome.RefusalFor(this) is { } refusal)
        {
            return refusal;
        }

        Picker = new PeriodPicker(input, Outcome.Period, Outcome.Provinces, Outcome.ProvinceId, Outcome.Status == ReportStatus.Invalid);
        Route = PeriodInput.RouteOf(Outcome.Period, Outcome.ProvinceId, input.Center);
        return null;
    }
}
