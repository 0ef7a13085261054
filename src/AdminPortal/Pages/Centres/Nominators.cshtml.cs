using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Centres;

/// <summary>
/// A centre's list of nominating organisations (đơn vị cử học viên): the bodies whose nomination lists the centre takes,
/// each with its first and last day; list a body, end its listing, reinstate it. The nomination import knows an
/// organisation only from this list. Read by whoever may read the centre; changed by the province admin and the
/// centre's own staff, through the library (audited).
/// </summary>
public sealed class NominatorsModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer, PortalPolicies policies) : PageModel
{
    private const int MaxCode = 64;
    private const int MaxName = 200;
    private const int MaxReason = 500;

    /// <summary>The form that lists an organisation.</summary>
    [BindProperty]
    public NominatorInput Add { get; set; } = new();

    /// <summary>The form that ends a listing.</summary>
    [BindProperty]
    public EndListingInput End { get; set; } = new();

    /// <summary>The form that reinstates an ended listing.</summary>
    [BindProperty]
    public NominatorInput Reinstate { get; set; } = new();

    /// <summary>The centre.</summary>
    public TrainingCenter Center { get; private set; } = null!;

    /// <summary>Whether the user may change the list.</summary>
    public bool CanManage { get; private set; }

    /// <summary>Every listing of the centre, running ones first, by code.</summary>
    public IReadOnlyList<NominatorListing> Listings { get; private set; } = [];

    /// <summary>Today, by the portal's clock.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Shows the list.</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(string id) => await RefusalAsync(id, write: false) ?? await LoadAsync(id);

    /// <summary>Lists an organisation from a first day.</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>Back to the list, or the page with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostAddAsync(string id)
    {
        if (await RefusalAsync(id, write: true) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var organization = Organization(Add, nameof(Add));
        var from = DateInput.Parse(ModelState, localizer, $"{nameof(Add)}.{nameof(Add.From)}", "From", Add.From, required: true);
        return await RunAsync(id, organization is not null && from is not null, uses => uses.AddAsync(id, organization!, from!.Value, Actor, HttpContext.RequestAborted), "NominatorListed");
    }

    /// <summary>Ends a listing on a last day.</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>Back to the list, or the page with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostEndAsync(string id)
    {
        if (await RefusalAsync(id, write: true) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(End.Code))
        {
            ModelState.AddModelError($"{nameof(End)}.{nameof(End.Code)}", localizer["FieldRequired", localizer["Organisation"]]);
        }

        if (End.Reason is { Length: > MaxReason })
        {
            ModelState.AddModelError($"{nameof(End)}.{nameof(End.Reason)}", localizer["FieldTooLong", localizer["Reason"], MaxReason]);
        }

        var lastDay = DateInput.Parse(ModelState, localizer, $"{nameof(End)}.{nameof(End.LastDay)}", "Last day", End.LastDay, required: true);
        return await RunAsync(id, ModelState.IsValid, uses => uses.EndAsync(id, End.Code!, lastDay!.Value, End.Reason, Actor, HttpContext.RequestAborted), "NominatorEnded");
    }

    /// <summary>Lists an ended organisation again.</summary>
    /// <param name="id">The centre id.</param>
    /// <returns>Back to the list, or the page with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostReinstateAsync(string id)
    {
        if (await RefusalAsync(id, write: true) is { } refusal)
        {
            return refusal;
        }

        ModelState.Clear();
        var organization = Organization(Reinstate, nameof(Reinstate));
        var from = DateInput.Parse(ModelState, localizer, $"{nameof(Reinstate)}.{nameof(Reinstate.From)}", "From", Reinstate.From, required: true);
        return await RunAsync(id, organization is not null && from is not null, uses => uses.ReinstateAsync(id, organization!, from!.Value, Actor, HttpContext.RequestAborted), "NominatorReinstated");
    }

    private string Actor => User.Identity?.Name ?? "?";

    private async Task<IActionResult> RunAsync(string id, bool valid, Func<NominatorUseCases, Task> change, string message)
    {
        if (valid && ModelState.IsValid)
        {
            try
            {
                await change(new NominatorUseCases(db, clock, await policies.GetAsync(HttpContext.RequestAborted)));
                TempData["Message"] = localizer[message].Value;
                return RedirectToPage(new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError("", refused.Message);
            }
        }

        return await LoadAsync(id);
    }

    // Checks one form's code, kind and name; the errors go next to the fields.
    private NominatingOrganization? Organization(NominatorInput input, string prefix)
    {
        var code = input.Code?.Trim();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Code)}", localizer["FieldRequired", localizer["Organisation code"]]);
        }
        else if (code.Length > MaxCode || code.Any(char.IsWhiteSpace))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Code)}", localizer["OrganisationCodeInvalid", MaxCode]);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Kind)}", localizer["ChooseFromList", localizer["Organisation kind"]]);
        }

        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Name)}", localizer["FieldRequired", localizer["Organisation name"]]);
        }
        else if (name.Length > MaxName)
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Name)}", localizer["FieldTooLong", localizer["Organisation name"], MaxName]);
        }

        return ModelState.IsValid ? new NominatingOrganization(code!, input.Kind!.Value, name!) : null;
    }

    // Unknown centre: 404; a centre the user may not read: 403; a change by anyone but a province admin or the centre's
    // own staff: 403.
    private async Task<IActionResult?> RefusalAsync(string id, bool write)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(User, id) || (write && !CenterAccess.CanManageClasses(User, id)))
        {
            return Forbid();
        }

        return null;
    }

    private async Task<IActionResult> LoadAsync(string id)
    {
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        if (registry.FindCenter(id) is not { } center)
        {
            return NotFound();
        }

        Center = center;
        CanManage = CenterAccess.CanManageClasses(User, id);
        Today = clock.Today();
        var listings = await db.NominatorListings.AsNoTracking().Where(l => l.CenterId == id).ToListAsync(HttpContext.RequestAborted);
        Listings = listings.OrderBy(l => l.ListedTo is null ? 0 : 1).ThenBy(l => l.OrganizationId, StringComparer.Ordinal).ToList();
        Add.From ??= DateInput.Format(Today);
        End.LastDay ??= DateInput.Format(Today);
        return Page();
    }
}

/// <summary>An organisation as typed in a form.</summary>
public sealed class NominatorInput
{
    /// <summary>The code the nomination files use, e.g. <c>CB-01</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The kind of body.</summary>
    public NominatingOrganizationKind? Kind { get; set; }

    /// <summary>The Vietnamese name.</summary>
    public string? Name { get; set; }

    /// <summary>The first day, dd/MM/yyyy.</summary>
    public string? From { get; set; }
}

/// <summary>The form that ends a listing.</summary>
public sealed class EndListingInput
{
    /// <summary>The organisation's code.</summary>
    public string? Code { get; set; }

    /// <summary>The last day, dd/MM/yyyy.</summary>
    public string? LastDay { get; set; }

    /// <summary>Why, if given.</summary>
    public string? Reason { get; set; }
}
