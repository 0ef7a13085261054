using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Learners;

/// <summary>Học viên: search the enrolled learners of the centres the user may see, ignoring case and diacritics.</summary>
public sealed class IndexModel(TrainingDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Name, citizen ID or organisation, as typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>Whether a search was run.</summary>
    public bool Searched { get; private set; }

    /// <summary>Whether the search hit <see cref="LearnerSearch.MaxMatches"/> (the user should narrow it).</summary>
    public bool Truncated { get; private set; }

    /// <summary>The matches of the page.</summary>
    public Paged<LearnerMatch> Matches { get; private set; } = Paged<LearnerMatch>.Of([], 1);

    /// <summary>The centres' names by id.</summary>
    public IReadOnlyDictionary<string, string> CentreNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Searches.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        if (Q is { Length: > LearnerSearch.MaxQueryLength })
        {
            ModelState.AddModelError(nameof(Q), localizer["SearchTooLong", LearnerSearch.MaxQueryLength, Q.Length]);
            Q = Q[..LearnerSearch.MaxQueryLength];
            return;
        }

        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        Searched = true;
        var scope = CenterAccess.ScopeOf(User);
        // A centre-bound account without a centre sees nobody: an id no centre has.
        var centre = scope.IsEverything ? null : scope.CenterId ?? string.Empty;
        var found = await LearnerSearch.FindAsync(db, Q, centre, HttpContext.RequestAborted);
        Truncated = found.Count >= LearnerSearch.MaxMatches;
        Matches = Paged<LearnerMatch>.Of(found, PageNumber);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        CentreNames = registry.Centers.ToDictionary(c => c.Id, c => c.Name);
    }

    /// <summary>The query string of another page of the same search.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The route values.</returns>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["q"] = Q ?? string.Empty,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
