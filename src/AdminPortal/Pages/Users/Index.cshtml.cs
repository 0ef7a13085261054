using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Users;

/// <summary>The portal's accounts (province admins only): role, centre, lock state; lock and unlock.</summary>
public sealed class IndexModel(UserManager<PortalUser> users, PortalIdentityDbContext accounts, TrainingDbContext training, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The accounts, by e-mail.</summary>
    public IReadOnlyList<UserLine> Users { get; private set; } = [];

    /// <summary>A message after a change.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists the accounts.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        var roles = await (from ur in accounts.UserRoles
                           join r in accounts.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        var centers = await training.TrainingCenters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, HttpContext.RequestAborted);
        var rows = await accounts.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.FullName, u.CenterId, u.LockoutEnd })
            .ToListAsync(HttpContext.RequestAborted);
        Users = rows
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new UserLine(
                u.Id,
                u.Email ?? "",
                u.FullName,
                string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
                u.CenterId is null ? null : centers.GetValueOrDefault(u.CenterId, u.CenterId),
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    /// <summary>Locks an account until unlocked.</summary>
    /// <param name="id">The account.</param>
    /// <returns>A redirect to the list.</returns>
    public Task<IActionResult> OnPostLockAsync(string id) => Change(id, locked: true);

    /// <summary>Unlocks an account and clears its failed attempts.</summary>
    /// <param name="id">The account.</param>
    /// <returns>A redirect to the list.</returns>
    public Task<IActionResult> OnPostUnlockAsync(string id) => Change(id, locked: false);

    private async Task<IActionResult> Change(string id, bool locked)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (locked && user.Id == users.GetUserId(User))
        {
            Message = localizer["CannotLockYourself"];
            return RedirectToPage();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        Message = string.Format(localizer[locked ? "UserLocked" : "UserUnlocked"], user.Email);
        return RedirectToPage();
    }

    /// <summary>One account in the list.</summary>
    /// <param name="Id">The account id.</param>
    /// <param name="Email">The e-mail.</param>
    /// <param name="FullName">The name.</param>
    /// <param name="Roles">The roles.</param>
    /// <param name="Center">The centre's name, if any.</param>
    /// <param name="IsLocked">Whether it is locked now.</param>
    public sealed record UserLine(string Id, string Email, string FullName, string Roles, string? Center, bool IsLocked);
}
