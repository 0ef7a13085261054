using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Imports;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Danh sách cử đi học: import a nomination list (CSV or Excel) or add one person by hand, see a preview (each row's
/// fields, the problems of each cell and the programme's eligibility verdict with its reasons), and confirm: the rows
/// without problems are received and, when eligible or overridden with an approver and a reason, enrolled, all in one
/// transaction. The preview travels as a time-limited protected payload (the user cannot edit it) and is checked again
/// against the class on confirmation; nothing is written before. The pending nominations can be refused with a reason
/// or recorded as withdrawn by their organisation, and an enrolled learner withdrawn from the class.
/// </summary>
[UploadSizeGuard]
public sealed class NominationsModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer, IDataProtectionProvider protection)
    : ClassPageModel(db, clock)
{
    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The protected preview (rows as read), posted back on confirmation.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    /// <summary>The overrides asked for, by preview row index.</summary>
    [BindProperty]
    public List<OverrideInput> Overrides { get; set; } = [];

    /// <summary>One person typed by hand.</summary>
    [BindProperty]
    public ManualInput Manual { get; set; } = new();

    /// <summary>The preview rows with their verdicts; empty when no preview is shown.</summary>
    public IReadOnlyList<PreviewRow> Preview { get; private set; } = [];

    /// <summary>The organisations that may nominate (code, name).</summary>
    public IReadOnlyList<NominatingOrganization> Organizations { get; private set; } = [];

    /// <summary>Shows the nominations and the import form.</summary>
    /// <param name="id">The class.</param>
    /// <param name="tooLarge">The size of an upload refused by <see cref="UploadSizeGuardAttribute"/>, to explain beside the file field.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, long? tooLarge)
    {
        if (await LoadAsync(id, change: false) is { } refusal)
        {
            return refusal;
        }

        if (tooLarge is > 0)
        {
            ModelState.AddModelError(nameof(Upload), localizer["UploadTooLarge",
                (tooLarge.Value / 1024d / 1024d).ToString("0.0", People.Labels.Vietnamese), NominationFile.MaxBytes / 1024 / 1024]);
        }

        return await ShowAsync();
    }

    /// <summary>Refuses a pending nomination with a reason for the nominating organisation.</summary>
    /// <param name="id">The class.</param>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The page again with what was done, or with the reason it was refused.</returns>
    public Task<IActionResult> OnPostRefuseAsync(Guid id, Guid nominationId, string? reason) =>
        DecidePendingAsync(id, nominationId, reason, (n, why) => UseCases.RefuseNominationAsync(id, n.Id, why, Actor, Version, HttpContext.RequestAborted), "NominationRefusedDone");

    /// <summary>Records that the organisation withdrew a pending nomination, with its reason.</summary>
    /// <param name="id">The class.</param>
    /// <param name="nominationId">The nomination.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The page again with what was done, or with the reason it was refused.</returns>
    public Task<IActionResult> OnPostWithdrawNominationAsync(Guid id, Guid nominationId, string? reason) =>
        DecidePendingAsync(id, nominationId, reason, (n, why) => UseCases.WithdrawNominationAsync(id, n.Id, why, Actor, Version, HttpContext.RequestAborted), "NominationWithdrawnDone");

    /// <summary>Withdraws an enrolled learner from the class (frees the seat), with a reason.</summary>
    /// <param name="id">The class.</param>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The page again with what was done, or with the reason it was refused.</returns>
    public async Task<IActionResult> OnPostWithdrawEnrolmentAsync(Guid id, Guid enrollmentId, string? reason)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var enrollment = Class.Enrollments.FirstOrDefault(e => e.Id == enrollmentId);
        if (enrollment is null)
        {
            ModelState.AddModelError(string.Empty, localizer["EnrolmentUnknown"]);
        }
        else if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError(string.Empty, localizer["FieldRequired", localizer["Withdrawal reason"]]);
        }

        if (!ModelState.IsValid)
        {
            return await ReloadAsync(id);
        }

        return await DecideAsync(id, () => UseCases.WithdrawAsync(id, enrollmentId, reason!.Trim(), Actor, Version, HttpContext.RequestAborted), "EnrolmentWithdrawnDone", enrollment!.Learner.FullName);
    }

    /// <summary>Downloads the template.</summary>
    /// <param name="id">The class.</param>
    /// <param name="format"><c>csv</c> or <c>xlsx</c>.</param>
    /// <returns>The file.</returns>
    public async Task<IActionResult> OnGetTemplateAsync(Guid id, string? format)
    {
        if (await LoadAsync(id, change: false) is { } refusal)
        {
            return refusal;
        }

        return format == "xlsx"
            ? File(NominationFile.ExcelTemplate(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-danh-sach-cu-di-hoc.xlsx")
            : File(NominationFile.CsvTemplate(), "text/csv; charset=utf-8", "mau-danh-sach-cu-di-hoc.csv");
    }

    /// <summary>Reads the uploaded file and shows the preview; writes nothing.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page with the preview or the file's problem.</returns>
    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? localizer["ChooseAFile"] : NominationFile.Read(Upload.FileName, []).Error!);
            return await ShowAsync();
        }

        if (Upload.Length > NominationFile.MaxBytes)
        {
            // Not read into memory: the size alone refuses it.
            ModelState.AddModelError(nameof(Upload), NominationFile.Read(Upload.FileName, new byte[NominationFile.MaxBytes + 1]).Error!.Replace(
                "(5,0 MB)", $"({(Upload.Length / 1024d / 1024d).ToString("0.0", People.Labels.Vietnamese)} MB)", StringComparison.Ordinal));
            return await ShowAsync();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        var (rows, error) = NominationFile.Read(Upload.FileName, buffer.ToArray());
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), error);
            return await ShowAsync();
        }

        return await PreviewAsync(rows);
    }

    /// <summary>Shows one person typed by hand as a one-row preview; writes nothing.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page with the preview.</returns>
    public async Task<IActionResult> OnPostManualAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var cells = new[]
        {
            Manual.FullName, Manual.BirthDate, Manual.Sex, Manual.Ethnicity, Manual.CitizenId, Manual.Education, Manual.PoliticalTheory,
            Manual.Party, Manual.AdmittedOn, Manual.OrganizationCode,
        }.Select(c => c ?? string.Empty).ToList();
        return await PreviewAsync([new RawRow(1, cells)]);
    }

    /// <summary>Checks the preview again against the class and writes the accepted rows in one transaction.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The class's nominations with the outcome, or the preview with its problems.</returns>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var rows = Unprotect(id);
        if (rows is null)
        {
            ModelState.AddModelError(string.Empty, localizer["PreviewExpired"]);
            return await ShowAsync();
        }

        await BuildPreviewAsync(rows);
        for (var k = 0; k < Preview.Count; k++)
        {
            var wanted = Overrides.ElementAtOrDefault(k);
            if (wanted?.Apply != true || Preview[k].Checked.Learner is null || Preview[k].Verdict?.Outcome == VerdictOutcome.Eligible)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(wanted.Approver))
            {
                ModelState.AddModelError($"Overrides[{k}].Approver", localizer["FieldRequired", localizer["Approver"]]);
            }

            if (string.IsNullOrWhiteSpace(wanted.Reason))
            {
                ModelState.AddModelError($"Overrides[{k}].Reason", localizer["FieldRequired", localizer["Override reason"]]);
            }
        }

        var accepted = Preview.Select((p, k) => (Row: p, Index: k)).Where(x => x.Row.Checked.Learner is not null).ToList();
        if (accepted.Count == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["NothingToConfirm"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = Clock.GetCurrentInstant();
        var imports = accepted
            .GroupBy(x => x.Row.Checked.Organization!.Id, StringComparer.Ordinal)
            .Select(g => new NominationImport(
                new NominationList(g.First().Row.Checked.Organization!, now.InZone(TrainingPolicies.Default.Zone).Date, g.Select(x => x.Row.Checked.Learner!)),
                g.Select(x => Overrides.ElementAtOrDefault(x.Index) is { Apply: true } o && x.Row.Verdict?.Outcome != VerdictOutcome.Eligible
                    ? new VerdictOverride(o.Approver!.Trim(), o.Reason!.Trim(), now)
                    : null).ToList()))
            .ToList();
        try
        {
            var outcome = await UseCases.ImportNominationsAsync(id, imports, Actor, Version, HttpContext.RequestAborted);
            TempData["Message"] = string.Format(localizer["NominationsConfirmed"], outcome.Enrolled.Count, outcome.Pending.Count, Preview.Count - accepted.Count);
            return RedirectToPage("Nominations", new { id });
        }
        catch (DomainRuleException refused)
        {
            Refused(refused);
            await LoadAsync(id, change: false);
            Payload = Protect(id, rows);
            await BuildPreviewAsync(rows);
            return Page();
        }
    }

    /// <summary>Downloads the rows that will not be enrolled, with their reasons, for the nominating organisations.</summary>
    /// <param name="id">The class.</param>
    /// <returns>A CSV file.</returns>
    public async Task<IActionResult> OnPostRefusedAsync(Guid id)
    {
        if (await LoadAsync(id, change: false) is { } refusal)
        {
            return refusal;
        }

        var rows = Unprotect(id);
        if (rows is null)
        {
            ModelState.AddModelError(string.Empty, localizer["PreviewExpired"]);
            return await ShowAsync();
        }

        await BuildPreviewAsync(rows);
        var refused = Preview.Where(p => p.Checked.Errors.Count > 0 || p.Verdict?.Outcome != VerdictOutcome.Eligible)
            .Select(p => (IReadOnlyList<string>)[p.Checked.Raw.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), .. p.Checked.Raw.Cells, p.Reasons]);
        return File(NominationFile.ToCsv(["Dòng", .. NominationFile.Columns, "Lý do"], refused), "text/csv; charset=utf-8", $"tu-choi-{Class.Code.Replace('/', '-')}.csv");
    }

    private async Task<IActionResult> DecidePendingAsync(Guid id, Guid nominationId, string? reason, Func<Nomination, string, Task> decide, string done)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var nomination = Class.Nominations.FirstOrDefault(n => n.Id == nominationId);
        if (nomination is null)
        {
            ModelState.AddModelError(string.Empty, localizer["NominationUnknown"]);
        }
        else if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError(string.Empty, localizer["FieldRequired", localizer["Reason"]]);
        }
        else if (reason.Trim().Length > 500)
        {
            ModelState.AddModelError(string.Empty, localizer["ReasonTooLong"]);
        }

        if (!ModelState.IsValid)
        {
            return await ReloadAsync(id);
        }

        return await DecideAsync(id, () => decide(nomination!, reason!.Trim()), done, nomination!.Learner.FullName);
    }

    private async Task<IActionResult> DecideAsync(Guid id, Func<Task> decide, string done, string name)
    {
        try
        {
            await decide();
            TempData["Message"] = string.Format(localizer[done], name);
            return RedirectToPage("Nominations", new { id });
        }
        catch (DomainRuleException refused)
        {
            Refused(refused);
            return await ReloadAsync(id);
        }
    }

    private async Task<IActionResult> ReloadAsync(Guid id) => await LoadAsync(id, change: false) ?? await ShowAsync();

    private async Task<IActionResult> PreviewAsync(IReadOnlyList<RawRow> rows)
    {
        Payload = Protect(Class.Id, rows);
        await BuildPreviewAsync(rows);
        return Page();
    }

    private async Task BuildPreviewAsync(IReadOnlyList<RawRow> rows)
    {
        await LoadOrganizationsAsync();
        var already = Class.Nominations.Where(n => n.Status is not (NominationStatus.Refused or NominationStatus.Withdrawn)).Select(n => NominationFile.IdentityOf(n.Learner)).ToHashSet(StringComparer.Ordinal);
        var program = ProgramCatalog.Default.Get(Class.ProgramCode);
        Preview = NominationFile.Check(rows, Organizations.ToDictionary(o => o.Id, StringComparer.OrdinalIgnoreCase), already)
            .Select(c => new PreviewRow(c, c.Learner is null ? null : program.CheckEligibility(c.Learner, Class.PlannedStart)))
            .ToList();
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadOrganizationsAsync();
        return Page();
    }

    // The organisations the centre takes lists from today (the day a confirmed list is received), from the centre's own
    // list (library NominatorListings, kept on the centre's page).
    private async Task LoadOrganizationsAsync() =>
        Organizations = await Db.NominatorsOnAsync(Class.CenterId, Clock.Today(), HttpContext.RequestAborted);

    private string Protect(Guid classId, IReadOnlyList<RawRow> rows) =>
        Protector.Protect(JsonSerializer.Serialize(new PreviewPayload(classId, rows.Select(r => new PayloadRow(r.Line, r.Cells.ToList())).ToList())), PreviewLifetime);

    private List<RawRow>? Unprotect(Guid classId)
    {
        if (string.IsNullOrEmpty(Payload))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<PreviewPayload>(Protector.Unprotect(Payload, out _));
            return payload is null || payload.ClassId != classId ? null : payload.Rows.Select(r => new RawRow(r.Line, r.Cells)).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Classes.NominationPreview").ToTimeLimitedDataProtector();

    /// <summary>A preview row: the checked row and, when it has no problem, the programme's verdict.</summary>
    /// <param name="Checked">The row.</param>
    /// <param name="Verdict">The eligibility verdict, or null for a row with problems.</param>
    public sealed record PreviewRow(CheckedRow Checked, Verdict? Verdict)
    {
        /// <summary>Why the row would not be enrolled on its own: its problems, or the verdict's failed and missing rules.</summary>
        public string Reasons => Checked.Errors.Count > 0
            ? string.Join(" ", Checked.Errors.Select(e => $"{e.Key}: {e.Value}"))
            : Verdict is null || Verdict.Outcome == VerdictOutcome.Eligible
                ? string.Empty
                : string.Join(" ", Verdict.Results.Where(r => r.Outcome != RuleOutcome.Passed).Select(r => r.Message));
    }

    /// <summary>The preview as protected.</summary>
    /// <param name="ClassId">The class it was read for.</param>
    /// <param name="Rows">The rows.</param>
    public sealed record PreviewPayload(Guid ClassId, List<PayloadRow> Rows);

    /// <summary>A row as protected.</summary>
    /// <param name="Line">Its line in the file.</param>
    /// <param name="Cells">Its cells.</param>
    public sealed record PayloadRow(int Line, List<string> Cells);

    /// <summary>An override of one preview row.</summary>
    public sealed class OverrideInput
    {
        /// <summary>Whether to enrol the row despite its verdict.</summary>
        public bool Apply { get; set; }

        /// <summary>Who approves.</summary>
        [StringLength(200, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Approver")]
        public string? Approver { get; set; }

        /// <summary>Why.</summary>
        [StringLength(500, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Override reason")]
        public string? Reason { get; set; }
    }

    /// <summary>One person typed by hand, in the template's columns.</summary>
    public sealed class ManualInput
    {
        /// <summary>Họ và tên.</summary>
        public string? FullName { get; set; }

        /// <summary>Ngày sinh.</summary>
        public string? BirthDate { get; set; }

        /// <summary>Giới tính.</summary>
        public string? Sex { get; set; }

        /// <summary>Dân tộc.</summary>
        public string? Ethnicity { get; set; }

        /// <summary>Số CCCD.</summary>
        public string? CitizenId { get; set; }

        /// <summary>Trình độ học vấn.</summary>
        public string? Education { get; set; }

        /// <summary>Trình độ lý luận chính trị.</summary>
        public string? PoliticalTheory { get; set; }

        /// <summary>Tình trạng đảng viên.</summary>
        public string? Party { get; set; }

        /// <summary>Ngày vào Đảng.</summary>
        public string? AdmittedOn { get; set; }

        /// <summary>Mã đơn vị cử.</summary>
        public string? OrganizationCode { get; set; }
    }
}
