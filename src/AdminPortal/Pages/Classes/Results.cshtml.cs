using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// The final scores of a class: one field per learner (0–10, one decimal, a Vietnamese error beside a bad one), saved
/// all or none through <see cref="ClassUseCases.RecordResultsAsync"/>, with each learner's classification; and the
/// button that completes the class when the library allows it (results are recorded for completed classes).
/// </summary>
public sealed class ResultsModel(TrainingDbContext db, CenterAccess access, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The posted scores.</summary>
    [BindProperty]
    public List<ScoreInput> Scores { get; set; } = [];

    /// <summary>The class's version the page was built from, posted back with Complete and Close so that a stale page is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The class's version now, written into the page's forms.</summary>
    public int CurrentVersion { get; private set; }

    /// <summary>The class.</summary>
    public TrainingClass Class { get; private set; } = null!;

    /// <summary>Whether the user may enter results for the class.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>How many results the last save recorded.</summary>
    [TempData]
    public int? Saved { get; set; }

    /// <summary>What the last change of status did (completed, closed).</summary>
    [TempData]
    public string? Completed { get; set; }

    /// <summary>Shows the scores.</summary>
    /// <param name="id">The class.</param>
    /// <returns>The page, 404 or 403.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        await FillAsync(null);
        return Page();
    }

    /// <summary>Records the scores in one transaction.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the page, or the page with the errors.</returns>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var enrolments = Class.Enrollments.Where(e => e.IsActive).ToDictionary(e => e.Id);
        var lines = new List<ScoreLine>();
        for (var i = 0; i < Scores.Count; i++)
        {
            var input = Scores[i];
            if (string.IsNullOrWhiteSpace(input.Score) || !enrolments.TryGetValue(input.EnrollmentId, out var enrollment))
            {
                continue;
            }

            var field = $"Scores[{i}].Score";
            var text = input.Score.Trim();
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, Labels.Vietnamese, out var score)
                && !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out score))
            {
                ModelState.AddModelError(field, string.Format(localizer["ScoreNotANumber"], enrollment.Learner.FullName, text));
                continue;
            }

            if (score is < 0 or > 10 || decimal.Round(score, 1) != score)
            {
                ModelState.AddModelError(field, string.Format(localizer["ScoreOutOfRange"], enrollment.Learner.FullName, text));
                continue;
            }

            VerdictOverride? approval = null;
            if (!string.IsNullOrWhiteSpace(input.Approver) || !string.IsNullOrWhiteSpace(input.OverrideReason))
            {
                if (string.IsNullOrWhiteSpace(input.Approver) || string.IsNullOrWhiteSpace(input.OverrideReason))
                {
                    ModelState.AddModelError($"Scores[{i}].Approver", localizer["OverrideNeedsBoth"]);
                    continue;
                }

                approval = new VerdictOverride(input.Approver.Trim(), input.OverrideReason.Trim(), clock.GetCurrentInstant());
            }

            lines.Add(new ScoreLine(enrollment.Id, score, approval));
        }

        if (ModelState.IsValid && lines.Count == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["NothingToSave"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.ChangeTracker.Clear();
                var results = await new ClassUseCases(db, clock).RecordResultsAsync(id, AssessmentKind.FinalPaper, lines, ClassRecords.Actor(User), HttpContext.RequestAborted);
                Saved = results.Count;
                return RedirectToPage(new { id });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
                await LoadAsync(id);
            }
        }

        await FillAsync(Scores);
        return Page();
    }

    /// <summary>Completes the class (in progress → completed), when the library allows it.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the page, or the page with the library's refusal.</returns>
    public Task<IActionResult> OnPostCompleteAsync(Guid id) =>
        ChangeStatusAsync(id, (classes, actor, ct) => classes.CompleteAsync(id, actor, Version, ct), "The class is completed.");

    /// <summary>Closes the assessment (completed → closed): the results become final.</summary>
    /// <param name="id">The class.</param>
    /// <returns>Back to the page, or the page with the library's refusal.</returns>
    public Task<IActionResult> OnPostCloseAsync(Guid id) =>
        ChangeStatusAsync(id, (classes, actor, ct) => classes.CloseAsync(id, actor, Version, ct), "The assessment is closed.");

    private async Task<IActionResult> ChangeStatusAsync(Guid id, Func<ClassUseCases, string, CancellationToken, Task> change, string done)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        try
        {
            db.ChangeTracker.Clear();
            await change(new ClassUseCases(db, clock), ClassRecords.Actor(User), HttpContext.RequestAborted);
            Completed = localizer[done].Value;
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, StaleClass.MessageOf(refused, localizer));
            await LoadAsync(id);
            await FillAsync(null);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (trainingClass, forbidden) = await ClassRecords.LoadAsync(db, access, User, id, HttpContext.RequestAborted);
        if (trainingClass is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Class = trainingClass;
        CanEdit = ClassRecords.CanEdit(User);
        CurrentVersion = db.VersionOf(trainingClass);
        return null;
    }

    private async Task FillAsync(List<ScoreInput>? posted)
    {
        var active = Class.Enrollments.Where(e => e.IsActive).ToList();
        var ids = active.Select(e => e.Id).ToList();
        var results = await db.AssessmentResults.AsNoTracking()
            .Where(r => ids.Contains(r.EnrolmentId) && r.Kind == AssessmentKind.FinalPaper)
            .ToDictionaryAsync(r => r.EnrolmentId, HttpContext.RequestAborted);
        var standing = new AttendanceEngine(TrainingPolicies.Default.Attendance).Evaluate(Class, clock.Today()).ToDictionary(s => s.EnrollmentId);
        var byEnrolment = posted?.ToDictionary(p => p.EnrollmentId) ?? [];
        var collation = StringComparer.Create(Labels.Vietnamese, false);
        Rows = active
            .OrderBy(e => e.Learner.FullName.Split(' ')[^1], collation).ThenBy(e => e.Learner.FullName, collation)
            .Select(e => new Row(e, standing.GetValueOrDefault(e.Id)?.Standing, results.GetValueOrDefault(e.Id)))
            .ToList();
        Scores = Rows.Select(r =>
        {
            var p = byEnrolment.GetValueOrDefault(r.Enrollment.Id);
            return new ScoreInput
            {
                EnrollmentId = r.Enrollment.Id,
                Score = p?.Score ?? r.Result?.Score.Value.ToString("0.0", Labels.Vietnamese),
                Approver = p?.Approver,
                OverrideReason = p?.OverrideReason,
            };
        }).ToList();
    }

    /// <summary>One learner.</summary>
    /// <param name="Enrollment">The enrolment.</param>
    /// <param name="Standing">The attendance standing, if any session counts for the learner.</param>
    /// <param name="Result">The recorded final result, if any.</param>
    public sealed record Row(Enrollment Enrollment, AttendanceStanding? Standing, AssessmentResult? Result);

    /// <summary>One posted score.</summary>
    public sealed class ScoreInput
    {
        /// <summary>The enrolment.</summary>
        public Guid EnrollmentId { get; set; }

        /// <summary>The score as typed (7,5 or 7.5); blank leaves the learner out.</summary>
        public string? Score { get; set; }

        /// <summary>Who approves a pass below the attendance threshold.</summary>
        public string? Approver { get; set; }

        /// <summary>Why.</summary>
        public string? OverrideReason { get; set; }
    }
}
