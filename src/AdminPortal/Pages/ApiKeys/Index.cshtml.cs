using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.ApiKeys;

/// <summary>Khóa API: a province admin issues keys (shown once) for the JSON API and revokes them.</summary>
public sealed class IndexModel(ApiKeyStore keys, TrainingDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The key to issue.</summary>
    [BindProperty]
    public IssueInput Data { get; set; } = new();

    /// <summary>The keys, newest first.</summary>
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The centres' names by id.</summary>
    public IReadOnlyDictionary<string, string> Centres { get; private set; } = new Dictionary<string, string>();

    /// <summary>The key just issued, shown this once.</summary>
    public string? IssuedSecret { get; private set; }

    /// <summary>Lists the keys.</summary>
    /// <returns>A task.</returns>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Issues a key.</summary>
    /// <returns>The page with the new key, or with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostIssueAsync()
    {
        await LoadAsync();
        var centre = string.IsNullOrWhiteSpace(Data.CenterId) ? null : Data.CenterId.Trim();
        if (centre is not null && !Centres.ContainsKey(centre))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.CenterId)}", localizer["CenterUnknown"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (_, secret) = await keys.IssueAsync(Data.Name!, centre, User.Identity?.Name ?? "?", HttpContext.RequestAborted);
        IssuedSecret = secret;
        Data = new IssueInput();
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    /// <summary>Revokes a key.</summary>
    /// <param name="id">The key.</param>
    /// <returns>Back to the list; 404 for an unknown key.</returns>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (!await keys.RevokeAsync(id, User.Identity?.Name ?? "?", HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Keys = await keys.ListAsync(HttpContext.RequestAborted);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        Centres = registry.Centers.ToDictionary(c => c.Id, c => c.Name);
    }

    /// <summary>A key to issue.</summary>
    public sealed class IssueInput
    {
        /// <summary>What the key is for.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(100, ErrorMessage = "FieldTooLong")]
        [Display(Name = "ApiKeyName")]
        public string? Name { get; set; }

        /// <summary>The centre of a centre key; empty for a province-wide read-only key.</summary>
        [StringLength(64, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Centre")]
        public string? CenterId { get; set; }
    }
}
