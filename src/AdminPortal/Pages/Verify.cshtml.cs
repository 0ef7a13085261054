using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages;

/// <summary>
/// The public certificate check a certificate's QR code points to: whether the certificate with the code is valid or
/// cancelled, the holder's name, the programme and the issue date, and nothing else (no birth date, no citizen ID, no
/// number). An unknown or malformed code is a 404 with a Vietnamese message.
/// </summary>
[EnableRateLimiting(RateLimit)]
public sealed class VerifyModel(TrainingDbContext db) : PageModel
{
    /// <summary>The rate-limiting policy of the page.</summary>
    public const string RateLimit = "verify";

    /// <summary>The code as typed (in the address or the form).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The certificate found, or null.</summary>
    public Found? Result { get; private set; }

    /// <summary>Whether a code was given but is not one (wrong length or letters).</summary>
    public bool Malformed { get; private set; }

    /// <summary>Looks the code up.</summary>
    /// <returns>The page; 404 for an unknown or malformed code.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        if (Code.Length > 64 || VerificationCode.Normalize(Code) is not { } code)
        {
            Malformed = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var register = await db.CertificateRegisters.AsNoTracking()
            .Where(r => r.Certificates.Any(c => c.VerificationCode == code))
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (register?.FindByVerificationCode(code) is not { } certificate)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var programCode = await db.TrainingClasses.AsNoTracking()
            .Where(c => c.Enrollments.Any(e => e.Id == certificate.EnrolmentId))
            .Select(c => c.ProgramCode)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        Result = new Found(
            certificate.Status == CertificateStatus.Valid,
            certificate.LearnerName,
            programCode is null ? null : TrainingDomain.AdminPortal.Reports.ProgramNames.Of(programCode),
            certificate.IssuedOn);
        return Page();
    }

    /// <summary>What the page says about a certificate.</summary>
    /// <param name="IsValid">Valid, or cancelled.</param>
    /// <param name="Holder">The holder's name.</param>
    /// <param name="Programme">The programme's name.</param>
    /// <param name="IssuedOn">The issue date.</param>
    public sealed record Found(bool IsValid, string Holder, string? Programme, NodaTime.LocalDate IssuedOn);
}
