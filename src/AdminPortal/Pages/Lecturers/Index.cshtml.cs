using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Lecturers;

/// <summary>Giảng viên: the lecturer register of the centres the user may see, filtered by kind, centre and expiring recognition.</summary>
public sealed class IndexModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The longest look-ahead for expiring recognitions, in days.</summary>
    public const int MaxExpiringDays = 3650;

    /// <summary>FullTime, PartTime or Invited; every kind when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>One centre; every visible centre when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Centre { get; set; }

    /// <summary>Only part-time lecturers whose recognition ends within this many days; no filter when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ExpiringWithin { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>The centres the user may pick.</summary>
    public IReadOnlyList<TrainingCenter> Centres { get; private set; } = [];

    /// <summary>The lecturers of the page.</summary>
    public Paged<LecturerLine> Lecturers { get; private set; } = Paged<LecturerLine>.Of([], 1);

    /// <summary>Today, the date recognitions are judged on.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Lists the lecturers.</summary>
    /// <returns>The page; 403 when a centre the user may not see is asked for.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        Today = clock.Today();
        var scope = CenterAccess.ScopeOf(User);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        Centres = registry.Centers.Where(c => scope.Includes(c.Id)).ToList();

        LecturerKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<LecturerKind>(Kind, ignoreCase: false, out var k) && Enum.IsDefined(k))
            {
                kind = k;
            }
            else
            {
                ModelState.AddModelError(nameof(Kind), localizer["LecturerKindInvalid", Kind]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Centre) && !scope.Includes(Centre))
        {
            return registry.FindCenter(Centre) is null ? NotFound() : Forbid();
        }

        int? days = null;
        if (!string.IsNullOrWhiteSpace(ExpiringWithin))
        {
            if (int.TryParse(ExpiringWithin.Trim(), out var d) && d is >= 0 and <= MaxExpiringDays)
            {
                days = d;
            }
            else
            {
                ModelState.AddModelError(nameof(ExpiringWithin), localizer["ExpiringWithinInvalid", ExpiringWithin, MaxExpiringDays]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var query = db.Lecturers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Centre))
        {
            query = query.Where(l => l.HomeCenterId == Centre);
        }
        else if (!scope.IsEverything)
        {
            var own = scope.CenterId ?? string.Empty;
            query = query.Where(l => l.HomeCenterId == own);
        }

        if (kind is { } wanted)
        {
            query = query.Where(l => l.Kind == wanted);
        }

        IEnumerable<Lecturer> lecturers = await query.ToListAsync(HttpContext.RequestAborted);
        var expiring = days is { } within
            ? ExpiringRecognitions.Find(lecturers, Today, within).ToLookup(e => e.LecturerId, StringComparer.Ordinal)
            : null;
        if (expiring is not null)
        {
            lecturers = lecturers.Where(l => expiring.Contains(l.Id));
        }

        var lines = lecturers
            .OrderBy(l => l.FullName, VietnameseNameComparer.Instance)
            .Select(l => new LecturerLine(
                l.Id,
                l.FullName,
                LecturerLabels.Of(l.Kind),
                registry.FindCenter(l.HomeCenterId)?.Name ?? l.HomeCenterId,
                l.EducationLevel is { } e ? Labels.Of(e) : null,
                l.PoliticalTheoryLevel is { } p ? Labels.Of(p) : null,
                l.Kind == LecturerKind.PartTime ? (l.RecognitionValidOn(Today) ?? l.LatestRecognition)?.ValidTo : null,
                expiring?[l.Id].Min(x => x.DaysLeft)))
            .ToList();
        Lecturers = Paged<LecturerLine>.Of(lines, PageNumber);
        return Page();
    }

    /// <summary>The query string of another page of the same list.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The route values.</returns>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["kind"] = Kind ?? string.Empty,
        ["centre"] = Centre ?? string.Empty,
        ["expiringWithin"] = ExpiringWithin ?? string.Empty,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>One lecturer in the register.</summary>
    /// <param name="Id">The lecturer.</param>
    /// <param name="Name">The full name.</param>
    /// <param name="Kind">The kind, in Vietnamese.</param>
    /// <param name="Centre">The home centre's name.</param>
    /// <param name="Education">The education level, when recorded.</param>
    /// <param name="Theory">The political-theory level, when recorded.</param>
    /// <param name="RecognitionEnds">For part-time lecturers, the last day of the recognition in force (else the latest).</param>
    /// <param name="DaysLeft">Days until the recognition expires, when the expiring filter is on.</param>
    public sealed record LecturerLine(string Id, string Name, string Kind, string Centre, string? Education, string? Theory, LocalDate? RecognitionEnds, int? DaysLeft);
}
