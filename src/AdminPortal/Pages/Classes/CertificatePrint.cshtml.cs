using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Printable certificates of a class (A4 or A5 landscape, one per page): the national motto, "GIẤY CHỨNG NHẬN", the holder's
/// name and birth date, the programme and its dates, the result, the number, place and date, the verification code and
/// a QR code pointing to the public <c>/verify/{code}</c> page.
/// </summary>
public sealed class CertificatePrintModel(TrainingDbContext db, CenterAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>One certificate's number; every valid certificate of the class when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    /// <summary>The place of the date line; the area the centre serves when omitted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Place { get; set; }

    /// <summary>The paper: <c>A4</c> (the default) or <c>A5</c>, both landscape.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Size { get; set; }

    /// <summary>The paper the pages are laid out for, <c>A4</c> or <c>A5</c>.</summary>
    public string Paper { get; private set; } = "A4";

    /// <summary>The class.</summary>
    public TrainingClass Class { get; private set; } = null!;

    /// <summary>The centre's name.</summary>
    public string CenterName { get; private set; } = "";

    /// <summary>The certificates to print.</summary>
    public IReadOnlyList<Printed> Pages { get; private set; } = [];

    /// <summary>Builds the pages.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The print view, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (PaperOf(Size) is not { } paper)
        {
            return BadRequest(localizer["PaperSizeUnknown"].Value);
        }

        Paper = paper;
        var (trainingClass, forbidden) = await ClassRecords.LoadAsync(db, access, User, id, HttpContext.RequestAborted);
        if (trainingClass is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Class = trainingClass;
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        var center = registry.FindCenter(Class.CenterId);
        CenterName = center?.Name ?? Class.CenterId;
        var certificates = (await CertificatesModel.OfClassAsync(db, Class, HttpContext.RequestAborted))
            .Select(c => c.Certificate)
            .Where(c => c.Status == CertificateStatus.Valid && (Number is null || string.Equals(c.Number, Number, StringComparison.Ordinal)))
            .ToList();
        if (certificates.Count == 0)
        {
            return NotFound();
        }

        var ids = certificates.Select(c => c.EnrolmentId).ToList();
        var results = await db.AssessmentResults.AsNoTracking()
            .Where(r => ids.Contains(r.EnrolmentId) && r.Kind == AssessmentKind.FinalPaper)
            .ToDictionaryAsync(r => r.EnrolmentId, HttpContext.RequestAborted);
        var enrolments = Class.Enrollments.ToDictionary(e => e.Id);
        var baseUri = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        Pages = certificates.Select(c =>
        {
            var place = string.IsNullOrWhiteSpace(Place) ? PlaceOf(registry, center, c.IssuedOn) : Place.Trim();
            var verifyUrl = $"{baseUri}/verify/{c.VerificationCode}";
            return new Printed(c, enrolments[c.EnrolmentId].Learner.BirthDate, results.GetValueOrDefault(c.EnrolmentId), place, verifyUrl, CertificateQr.PngDataUri(verifyUrl));
        }).ToList();
        return Page();
    }

    private static string? PaperOf(string? size) => size?.Trim().ToUpperInvariant() switch
    {
        null or "" or "A4" => "A4",
        "A5" => "A5",
        _ => null,
    };

    private static string PlaceOf(TrainingDomain.Organization.OrganizationRegistry registry, TrainingDomain.Organization.TrainingCenter? center, LocalDate on)
    {
        var area = center?.ServiceAreas.FirstOrDefault(a => a.ValidFrom <= on && (a.ValidTo is not { } end || on <= end)) ?? center?.ServiceAreas.FirstOrDefault();
        return area is null ? "" : registry.IncarnationOn(area.UnitId, on)?.Name ?? registry.FindUnit(area.UnitId)?.Name ?? "";
    }

    /// <summary>One printed certificate.</summary>
    /// <param name="Certificate">The certificate.</param>
    /// <param name="BirthDate">The holder's birth date, if known.</param>
    /// <param name="Result">The final result, if recorded.</param>
    /// <param name="Place">The place of the date line.</param>
    /// <param name="VerifyUrl">The absolute verification address.</param>
    /// <param name="QrCode">The QR code of that address, as a data URI.</param>
    public sealed record Printed(Certificate Certificate, LocalDate? BirthDate, AssessmentResult? Result, string Place, string VerifyUrl, string QrCode);
}
