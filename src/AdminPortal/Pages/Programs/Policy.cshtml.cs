using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Programs;

/// <summary>
/// A programme's policy values as the province applies them (attendance threshold, class-size bounds), beside the
/// catalogue's defaults. A province admin changes them through the library's <see cref="UseCases.PolicyStore"/>
/// (stored, audited); everyone else reads them.
/// </summary>
/// <param name="policies">The province's policies.</param>
/// <param name="localizer">The portal's strings.</param>
public sealed class PolicyModel(PortalPolicies policies, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The values typed.</summary>
    [BindProperty]
    public PolicyInput Data { get; set; } = new();

    /// <summary>The programme as the province applies it.</summary>
    public TrainingDomain.Programs.Program Program { get; private set; } = null!;

    /// <summary>The catalogue's values of the programme.</summary>
    public ProgramPolicyValues Defaults { get; private set; } = null!;

    /// <summary>The stored values and who set them, when the province changed them.</summary>
    public ProgramPolicyOverride? Stored { get; private set; }

    /// <summary>Whether the user may change the values.</summary>
    public bool CanEdit => User.IsInRole(PortalRoles.ProvinceAdmin);

    /// <summary>Shows the values.</summary>
    /// <param name="code">The programme code.</param>
    /// <returns>The page, or 404 for an unknown programme.</returns>
    public async Task<IActionResult> OnGetAsync(string? code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        Data = new PolicyInput
        {
            AttendanceThreshold = (Program.AttendanceThreshold * 100).ToString("0.##", CultureInfo.InvariantCulture),
            MinClassSize = Program.ClassSize.Min.ToString(CultureInfo.InvariantCulture),
            MaxClassSize = Program.ClassSize.Max.ToString(CultureInfo.InvariantCulture),
        };
        return Page();
    }

    /// <summary>Stores new values (province admins only).</summary>
    /// <param name="code">The programme code.</param>
    /// <returns>Back to the page, the page with the errors next to the fields, 403 for other roles, 404 for an unknown programme.</returns>
    public async Task<IActionResult> OnPostAsync(string? code)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        ModelState.Clear();
        var threshold = Whole(nameof(PolicyInput.AttendanceThreshold), "Attendance threshold", Data.AttendanceThreshold, 1, 100, "PercentOutOfRange");
        var min = Whole(nameof(PolicyInput.MinClassSize), "Minimum class size", Data.MinClassSize, 1, 10_000, "WholeNumberOutOfRange");
        var max = Whole(nameof(PolicyInput.MaxClassSize), "Maximum class size", Data.MaxClassSize, 1, 10_000, "WholeNumberOutOfRange");
        if (min is { } low && max is { } high && high < low)
        {
            ModelState.AddModelError(Key(nameof(PolicyInput.MaxClassSize)), localizer["MaxBelowMin", localizer["Maximum class size"], low]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var values = new ProgramPolicyValues(threshold!.Value / 100m, min!.Value, max!.Value);
            await policies.Store.ChangeProgramAsync(policies.ProvinceId, Program.Code, values, User.Identity?.Name ?? "?", HttpContext.RequestAborted);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }

        TempData["Message"] = string.Format(localizer["PolicySaved"], Program.Code);
        return RedirectToPage(new { code = Program.Code });
    }

    private async Task<bool> LoadAsync(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16 || !ProgramCatalog.Default.TryGet(code, out var catalogued))
        {
            return false;
        }

        Program = (await policies.GetAsync(HttpContext.RequestAborted)).Programs.Get(catalogued.Code);
        Defaults = ProgramPolicyValues.Of(catalogued);
        Stored = (await policies.Store.OverridesAsync(policies.ProvinceId, HttpContext.RequestAborted)).FirstOrDefault(o => o.ProgramCode == catalogued.Code);
        return true;
    }

    private static string Key(string field) => $"{nameof(Data)}.{field}";

    // A whole number in range, or an error naming the field next to it.
    private int? Whole(string field, string label, string? text, int low, int high, string rangeMessage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(Key(field), localizer["FieldRequired", localizer[label]]);
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            ModelState.AddModelError(Key(field), localizer["NotAWholeNumber", localizer[label], text.Trim()]);
            return null;
        }

        if (value < low || value > high)
        {
            ModelState.AddModelError(Key(field), localizer[rangeMessage, localizer[label], low, high]);
            return null;
        }

        return value;
    }
}

/// <summary>The policy form: text fields, parsed by the page so that every error names its field in Vietnamese.</summary>
public sealed class PolicyInput
{
    /// <summary>The attendance threshold in per cent, a whole number 1–100.</summary>
    public string? AttendanceThreshold { get; set; }

    /// <summary>The smallest class, a whole number of learners.</summary>
    public string? MinClassSize { get; set; }

    /// <summary>The largest class, a whole number of learners at least the smallest.</summary>
    public string? MaxClassSize { get; set; }
}
