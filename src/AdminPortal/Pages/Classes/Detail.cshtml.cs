using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// One class: its plan, decisions, timetable, nominations and enrolments, and the state changes the class allows now
/// (approve with the decision, start enrolment, record the opening decision, cancel with a reason).
/// </summary>
public sealed class DetailModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : ClassPageModel(db, clock)
{
    /// <summary>A decision (approval or opening): number.</summary>
    [BindProperty]
    public string? DecisionNumber { get; set; }

    /// <summary>A decision's date, dd/MM/yyyy.</summary>
    [BindProperty]
    public string? DecisionDate { get; set; }

    /// <summary>A decision's signer.</summary>
    [BindProperty]
    public string? DecisionSigner { get; set; }

    /// <summary>Why the class is cancelled.</summary>
    [BindProperty]
    public string? CancelReason { get; set; }

    /// <summary>The centre's name.</summary>
    public string CenterName { get; private set; } = string.Empty;

    /// <summary>Shows the class.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, change: false) ?? await ShowAsync();

    /// <summary>Approves the class with its decision.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page again.</returns>
    public Task<IActionResult> OnPostApproveAsync(Guid id) =>
        DecideAsync(id, "approve", decision => UseCases.ApproveAsync(id, decision, Actor, Version, HttpContext.RequestAborted), "ClassApproved");

    /// <summary>Records the centre's decision to open the class.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page again.</returns>
    public Task<IActionResult> OnPostOpeningDecisionAsync(Guid id) =>
        DecideAsync(id, "opening", decision => UseCases.RecordOpeningDecisionAsync(id, decision!, Actor, Version, HttpContext.RequestAborted), "OpeningDecisionRecorded");

    /// <summary>Starts enrolment.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page again.</returns>
    public async Task<IActionResult> OnPostStartEnrolmentAsync(Guid id) =>
        await LoadAsync(id, change: true) ?? await RunAsync(id, () => UseCases.StartEnrolmentAsync(id, Actor, Version, HttpContext.RequestAborted), "EnrolmentStarted", string.Empty);

    /// <summary>Cancels the class with a reason.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page again.</returns>
    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(CancelReason))
        {
            ModelState.AddModelError(nameof(CancelReason), localizer["FieldRequired", localizer["Cancellation reason"]]);
            return await ShowAsync();
        }

        return await RunAsync(id, () => UseCases.CancelAsync(id, CancelReason.Trim(), Actor, Version, HttpContext.RequestAborted), "ClassCancelled", string.Empty);
    }

    private async Task<IActionResult> DecideAsync(Guid id, string form, Func<ClassDecision?, Task> decide, string done)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
        {
            return refusal;
        }

        var date = DateInput.Parse(ModelState, localizer, nameof(DecisionDate), "Decision date", DecisionDate, required: true);
        if (string.IsNullOrWhiteSpace(DecisionNumber))
        {
            ModelState.AddModelError(nameof(DecisionNumber), localizer["FieldRequired", localizer["Decision number"]]);
        }

        if (string.IsNullOrWhiteSpace(DecisionSigner))
        {
            ModelState.AddModelError(nameof(DecisionSigner), localizer["FieldRequired", localizer["Signer"]]);
        }

        ViewData["DecisionForm"] = form;
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }

        return await RunAsync(id, () => decide(new ClassDecision(DecisionNumber!.Trim(), date!.Value, DecisionSigner!.Trim())), done, string.Empty);
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> change, string done, string key)
    {
        try
        {
            // The library compares the posted version with the class's inside its transaction: a stale page changes nothing.
            await change();
            TempData["Message"] = string.Format(localizer[done], Class.Code);
            return RedirectToPage("Detail", new { id });
        }
        catch (DomainRuleException refusal)
        {
            Refused(refusal, key);
            return await ReloadAsync(id);
        }
    }

    private async Task<IActionResult> ReloadAsync(Guid id) => await LoadAsync(id, change: false) ?? await ShowAsync();

    private async Task<IActionResult> ShowAsync()
    {
        CenterName = await Db.TrainingCenters.AsNoTracking().Where(c => c.Id == Class.CenterId).Select(c => c.Name).FirstOrDefaultAsync(HttpContext.RequestAborted) ?? Class.CenterId;
        return Page();
    }
}
