using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Reports;
using TrainingDomain.People;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Pages.Reports;

/// <summary>
/// The report laid out for A4 as a Party document (Hướng dẫn 36-HD/VPTW): issuing bodies and number on the left,
/// "ĐẢNG CỘNG SẢN VIỆT NAM" with place and date on the right, title, tables, recipients and signature block. The number,
/// place, date and signer are inputs.
/// </summary>
public sealed class PrintModel(ReportQuery query, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The outcome of the request.</summary>
    public ReportOutcome Outcome { get; private set; } = new(ReportStatus.Invalid, default);

    /// <summary>The report, when the input was valid.</summary>
    public StatisticsReport? Report => Outcome.Report;

    /// <summary>The report's query-string values.</summary>
    public Dictionary<string, string?> Route { get; private set; } = [];

    /// <summary>The document number, e.g. <c>12-BC/BTGTU</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    /// <summary>The place of the date line; the province's name when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    /// <summary>The document date, dd/MM/yyyy; today when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>Who signs for the department.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Signer { get; set; }

    /// <summary>The document date.</summary>
    public LocalDate DocumentDate { get; private set; }

    /// <summary>The superior body, e.g. "TỈNH ỦY HẢI DƯƠNG".</summary>
    public string SuperiorBody { get; private set; } = "";

    /// <summary>Shows the printable report.</summary>
    /// <param name="input">The period picker's values.</param>
    /// <returns>The page, or 403/404 for a centre the user may not see or that does not exist.</returns>
    public async Task<IActionResult> OnGetAsync([FromQuery] PeriodInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var (key, value, max) in new[] { (nameof(Number), Number, 40), (nameof(Place), Place, 80), (nameof(Signer), Signer, 120) })
        {
            if (value is { Length: > 0 } && value.Length > max)
            {
                ModelState.AddModelError(key, localizer["FieldTooLong", localizer[key], max]);
            }
        }

        Outcome = await query.RunAsync(User, input, ModelState, HttpContext.RequestAborted);
        if (Outcome.RefusalFor(this) is { } refusal)
        {
            return refusal;
        }

        Route = PeriodInput.RouteOf(Outcome.Period, Outcome.ProvinceId, input.Center);
        DocumentDate = DateInput.Parse(ModelState, localizer, nameof(Date), "DocumentDate", Date, required: false) ?? Outcome.Today;
        Date ??= DateInput.Format(DocumentDate);
        Place = string.IsNullOrWhiteSpace(Place) ? Outcome.ProvinceName ?? "" : Place.Trim();
        SuperiorBody = Outcome.ProvinceName is { } province
            ? string.Format(localizer["ProvincialCommittee {0}"], province).ToUpper(Labels.Vietnamese)
            : "";
        return Page();
    }
}
