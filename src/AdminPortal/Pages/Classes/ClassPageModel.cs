using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// What every page about one class shares: the class read for the user (404 when unknown, 403 outside the user's
/// centres, 403 for a change by a role that only reads), the version the page was built from, and the use cases.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="clock">The clock.</param>
[Authorize(Policy = Policies.Reports)]
public abstract class ClassPageModel(TrainingDbContext db, IClock clock) : PageModel
{
    /// <summary>The class (read only).</summary>
    public TrainingClass Class { get; private set; } = null!;

    /// <summary>The class's version when the page was built; posted back so that a stale page is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>Whether the user may change the class.</summary>
    public bool CanManage { get; private set; }

    /// <summary>The database.</summary>
    protected TrainingDbContext Db => db;

    /// <summary>The clock.</summary>
    protected IClock Clock => clock;

    /// <summary>The library's use cases over this request's context.</summary>
    protected ClassUseCases UseCases => new(db, clock);

    /// <summary>Who acts, for the audit trail.</summary>
    protected string Actor => User.Identity?.Name ?? "unknown";

    /// <summary>Loads the class for the user.</summary>
    /// <param name="id">The class.</param>
    /// <param name="change">Whether the request changes it (needs the manage right).</param>
    /// <returns>Null when the page may go on; otherwise the 404 or 403 to return.</returns>
    protected async Task<IActionResult?> LoadAsync(Guid id, bool change)
    {
        db.ChangeTracker.Clear();
        var found = await db.TrainingClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        if (!CenterAccess.ScopeOf(User).Includes(found.CenterId))
        {
            return Forbid();
        }

        CanManage = CenterAccess.CanManageClasses(User, found.CenterId);
        if (change && !CanManage)
        {
            return Forbid();
        }

        Class = found;
        if (!change)
        {
            // The page shown again after a refusal carries the version it shows, not the stale one that was posted.
            ModelState.Remove(nameof(Version));
            Version = await CurrentVersionAsync(id);
        }

        return null;
    }

    /// <summary>The class's version now.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The version.</returns>
    protected Task<int> CurrentVersionAsync(Guid id) =>
        db.TrainingClasses.AsNoTracking().Where(c => c.Id == id).Select(c => EF.Property<int>(c, "Version")).FirstAsync(HttpContext.RequestAborted);

    /// <summary>Shows a refusal of the library: its Vietnamese message, under the field key given (or the page).</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="key">The model-state key; empty for the page.</param>
    protected void Refused(DomainRuleException refusal, string key = "")
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ModelState.AddModelError(
            refusal.RuleId == StaleClass.RuleId ? string.Empty : key,
            StaleClass.MessageOf(refusal, HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()));
    }
}
