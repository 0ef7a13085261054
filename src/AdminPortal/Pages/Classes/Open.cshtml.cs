using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>Mở lớp: the opening rules evaluated today, rule by rule; the class opens only when every rule passes.</summary>
public sealed class OpenModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : ClassPageModel(db, clock)
{
    /// <summary>The opening rules' verdict today.</summary>
    public Verdict Verdict { get; private set; } = null!;

    /// <summary>Whether the Open button works: the class is enrolling, every rule passes and the user may change it.</summary>
    public bool CanOpen => CanManage && Class.CanMoveTo(ClassStatus.InProgress) && Verdict.Outcome == VerdictOutcome.Eligible;

    /// <summary>Shows the rules.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, change: false) ?? await ShowAsync(id);

    /// <summary>Opens the class when the rules pass.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The class page when it opened; this page with the failed rules otherwise.</returns>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var outcome = await UseCases.OpenAsync(id, Actor, Version, HttpContext.RequestAborted);
            if (outcome.Opened)
            {
                TempData["Message"] = string.Format(localizer["ClassOpened"], Class.Code);
                return RedirectToPage("Detail", new { id });
            }

            ModelState.AddModelError(string.Empty, localizer["OpeningRefused"]);
        }
        catch (DomainRuleException refused)
        {
            Refused(refused);
        }

        return await LoadAsync(id, change: false) ?? await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        Verdict = await UseCases.CheckOpeningAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
