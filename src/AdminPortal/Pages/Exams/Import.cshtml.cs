using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Imports;
using TrainingDomain.AdminPortal.Pages.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// Nhập câu hỏi: import a programme's questions from CSV or Excel (a downloadable template). The upload shows a
/// preview, one row per question with the problem of each cell; the preview travels as a time-limited protected payload
/// (the user cannot edit it) and nothing is written until the province admin confirms. Confirming checks the rows again
/// and writes them all, as drafts, in one transaction, or none when any row has a problem. An upload over the server's
/// request limit comes back to this page with its size (<see cref="UploadSizeGuardAttribute"/>) instead of a bare 413.
/// </summary>
[UploadSizeGuard]
public sealed class ImportModel(TrainingDbContext db, IClock clock, PortalPolicies policies, IStringLocalizer<SharedResource> localizer, IDataProtectionProvider protection)
    : ExamPageModel(db, clock, policies)
{
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The programme.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The protected preview, posted back on confirmation.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    /// <summary>The preview rows; empty when no preview is shown.</summary>
    public IReadOnlyList<CheckedQuestion> Preview { get; private set; } = [];

    /// <summary>Whether every row of the preview can be imported.</summary>
    public bool AllValid => Preview.Count > 0 && Preview.All(p => p.Draft is not null);

    /// <summary>Shows the upload form.</summary>
    /// <param name="tooLarge">The size of an upload refused by <see cref="UploadSizeGuardAttribute"/>, to explain beside the file field.</param>
    /// <returns>The page or 403.</returns>
    public IActionResult OnGet(long? tooLarge)
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        if (tooLarge is > 0)
        {
            ModelState.AddModelError(nameof(Upload), TabularFile.TooLarge(tooLarge.Value));
        }

        return Page();
    }

    /// <summary>Downloads the template.</summary>
    /// <param name="format"><c>csv</c> or <c>xlsx</c>.</param>
    /// <returns>The file or 403.</returns>
    public IActionResult OnGetTemplate(string? format)
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        return format == "xlsx"
            ? File(QuestionFile.ExcelTemplate(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-cau-hoi.xlsx")
            : File(QuestionFile.CsvTemplate(), "text/csv; charset=utf-8", "mau-cau-hoi.csv");
    }

    /// <summary>Reads the uploaded file and shows the preview; writes nothing.</summary>
    /// <returns>The page with the preview or the file's problem.</returns>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? localizer["ChooseAFile"] : QuestionFile.Read(Upload.FileName, []).Error!);
            return Page();
        }

        if (Upload.Length > TabularFile.MaxBytes)
        {
            // Not read into memory: the size alone refuses it.
            ModelState.AddModelError(nameof(Upload), TabularFile.TooLarge(Upload.Length));
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        var (rows, error) = QuestionFile.Read(Upload.FileName, buffer.ToArray());
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), error);
            return Page();
        }

        Payload = Protect(Program, rows);
        await BuildPreviewAsync(rows);
        return Page();
    }

    /// <summary>Checks the preview again and writes every question, or none.</summary>
    /// <returns>The bank with the outcome, or the preview with its problems.</returns>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        var rows = Unprotect(Program);
        if (rows is null)
        {
            ModelState.AddModelError(string.Empty, localizer["PreviewExpired"]);
            return Page();
        }

        await BuildPreviewAsync(rows);
        if (!AllValid)
        {
            ModelState.AddModelError(string.Empty, localizer["ImportHasErrors"]);
            return Page();
        }

        try
        {
            var ids = await (await ExamsAsync()).ImportQuestionsAsync(Program, Preview.Select(p => p.Draft!).ToList(), Actor, HttpContext.RequestAborted);
            TempData["Message"] = string.Format(localizer["QuestionsImported"], ids.Count);
            return RedirectToPage("Index", new { program = Program, status = "Draft" });
        }
        catch (DomainRuleException refused)
        {
            Refused(refused);
            return Page();
        }
    }

    private async Task BuildPreviewAsync(IReadOnlyList<RawRow> rows)
    {
        var exams = await ExamsAsync();
        Preview = await QuestionFile.CheckAsync(rows, drafts => exams.CheckImportAsync(Program!, drafts, HttpContext.RequestAborted));
    }

    private string Protect(string program, IReadOnlyList<RawRow> rows) =>
        Protector.Protect(JsonSerializer.Serialize(new PreviewPayload(program, rows.Select(r => new PayloadRow(r.Line, r.Cells.ToList())).ToList())), PreviewLifetime);

    private List<RawRow>? Unprotect(string program)
    {
        if (string.IsNullOrEmpty(Payload))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<PreviewPayload>(Protector.Unprotect(Payload, out _));
            return payload is null || payload.Program != program ? null : payload.Rows.Select(r => new RawRow(r.Line, r.Cells)).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Exams.QuestionImportPreview").ToTimeLimitedDataProtector();

    /// <summary>The preview as protected.</summary>
    /// <param name="Program">The programme it was read for.</param>
    /// <param name="Rows">The rows.</param>
    public sealed record PreviewPayload(string Program, List<PayloadRow> Rows);

    /// <summary>A row as protected.</summary>
    /// <param name="Line">Its line in the file.</param>
    /// <param name="Cells">Its cells.</param>
    public sealed record PayloadRow(int Line, List<string> Cells);
}
