using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// A class's certificates: issue them in one batch to everyone who qualifies (the others listed with the library's
/// reasons), print them, cancel or re-issue one with a reason; all through <see cref="CertificateUseCases"/>.
/// </summary>
public sealed class CertificatesModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A cancellation or re-issue.</summary>
    [BindProperty]
    public ChangeInput Change { get; set; } = new();

    /// <summary>
    /// The versions of the certificate registers (by year) the page was built from, posted back with a cancellation or
    /// re-issue so that a page built before another change of the register is refused.
    /// </summary>
    [BindProperty]
    public Dictionary<int, int> Registers { get; set; } = [];

    /// <summary>The registers' versions now, by year, written into the change form.</summary>
    public IReadOnlyDictionary<int, int> CurrentRegisters { get; private set; } = new Dictionary<int, int>();

    /// <summary>The class.</summary>
    public TrainingClass Class { get; private set; } = null!;

    /// <summary>Whether the user may issue, cancel and re-issue.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The class's certificates, valid and cancelled, by number.</summary>
    public IReadOnlyList<IssuedCertificate> Certificates { get; private set; } = [];

    /// <summary>The batch just issued, shown once after issuing.</summary>
    public CertificateBatch? Batch { get; private set; }

    /// <summary>What the last cancellation or re-issue did.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>Lists the certificates.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    /// <summary>Issues the certificates of the class in one batch.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page with the batch: issued and refused with reasons.</returns>
    public async Task<IActionResult> OnPostIssueAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        try
        {
            db.ChangeTracker.Clear();
            Batch = await new CertificateUseCases(db, clock).IssueToClassAsync(id, ClassRecords.Actor(User), cancellationToken: HttpContext.RequestAborted);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
        }

        await LoadAsync(id);
        return Page();
    }

    /// <summary>Cancels a certificate with a reason.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the list, or the page with the errors.</returns>
    public Task<IActionResult> OnPostCancelAsync(Guid id) => ChangeAsync(id, reissue: false);

    /// <summary>Re-issues a certificate (the original is cancelled) with a reason.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the list, or the page with the errors.</returns>
    public Task<IActionResult> OnPostReissueAsync(Guid id) => ChangeAsync(id, reissue: true);

    private async Task<IActionResult> ChangeAsync(Guid id, bool reissue)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var certificate = Certificates.FirstOrDefault(c => string.Equals(c.Certificate.Number, Change.Number, StringComparison.Ordinal));
        if (certificate is null)
        {
            ModelState.AddModelError(nameof(Change) + "." + nameof(ChangeInput.Number), localizer["CertificateNotOfClass"]);
        }

        if (string.IsNullOrWhiteSpace(Change.Reason))
        {
            ModelState.AddModelError(nameof(Change) + "." + nameof(ChangeInput.Reason), localizer["ReasonRequired"]);
        }
        else if (Change.Reason.Length > 500)
        {
            ModelState.AddModelError(nameof(Change) + "." + nameof(ChangeInput.Reason), localizer["ReasonTooLong"]);
        }

        if (!ModelState.IsValid || certificate is null)
        {
            return Page();
        }

        try
        {
            db.ChangeTracker.Clear();
            var certificates = new CertificateUseCases(db, clock);
            var actor = ClassRecords.Actor(User);
            // A form without the register's version (an old page) is refused like a stale one rather than trusted.
            var expected = Registers.TryGetValue(certificate.Year, out var seen) ? seen : -1;
            if (reissue)
            {
                var issued = await certificates.ReissueAsync(Class.CenterId, certificate.Year, certificate.Certificate.Number, Change.Reason!.Trim(), actor, expected, HttpContext.RequestAborted);
                Done = string.Format(localizer["CertificateReissued"], certificate.Certificate.Number, issued.Number);
            }
            else
            {
                await certificates.CancelAsync(Class.CenterId, certificate.Year, certificate.Certificate.Number, Change.Reason!.Trim(), actor, expected, HttpContext.RequestAborted);
                Done = string.Format(localizer["CertificateCancelledDone"], certificate.Certificate.Number);
            }

            return RedirectToPage(new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (trainingClass, forbidden) = await ClassRecords.LoadAsync(db, access, User, id, HttpContext.RequestAborted);
        if (trainingClass is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Class = trainingClass;
        CanEdit = ClassRecords.CanEdit(User);
        Certificates = await OfClassAsync(db, Class, HttpContext.RequestAborted);
        var years = Certificates.Select(c => c.Year).Distinct().ToList();
        CurrentRegisters = await db.CertificateRegisters.AsNoTracking()
            .Where(r => EF.Property<string>(r, TrainingDomain.Persistence.Configurations.TrainingCenterConfiguration.CenterIdName) == Class.CenterId && years.Contains(r.Year))
            .Select(r => new { r.Year, Version = EF.Property<int>(r, TrainingDomain.Persistence.Configurations.CertificateRegisterConfiguration.VersionName) })
            .ToDictionaryAsync(r => r.Year, r => r.Version, HttpContext.RequestAborted);
        return null;
    }

    /// <summary>The certificates issued to a class's learners, with their register's year.</summary>
    /// <param name="db">The context.</param>
    /// <param name="trainingClass">The class.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The certificates, by year and sequence.</returns>
    public static async Task<IReadOnlyList<IssuedCertificate>> OfClassAsync(TrainingDbContext db, TrainingClass trainingClass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(trainingClass);
        var ids = trainingClass.Enrollments.Select(e => e.Id).ToList();
        var registers = await db.CertificateRegisters.AsNoTracking()
            .Where(r => r.Certificates.Any(c => ids.Contains(c.EnrolmentId)))
            .ToListAsync(cancellationToken);
        return registers
            .SelectMany(r => r.Certificates.Where(c => ids.Contains(c.EnrolmentId)).Select(c => new IssuedCertificate(r.Year, c)))
            .OrderBy(c => c.Year).ThenBy(c => c.Certificate.Sequence)
            .ToList();
    }

    /// <summary>A certificate and its register's year.</summary>
    /// <param name="Year">The register's year.</param>
    /// <param name="Certificate">The certificate.</param>
    public sealed record IssuedCertificate(int Year, Certificate Certificate);

    /// <summary>A cancellation or re-issue.</summary>
    public sealed class ChangeInput
    {
        /// <summary>The certificate's number.</summary>
        public string? Number { get; set; }

        /// <summary>Why.</summary>
        public string? Reason { get; set; }
    }
}
