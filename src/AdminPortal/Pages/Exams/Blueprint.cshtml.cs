using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// Ma trận đề: a programme's blueprint (how many multiple-choice questions each topic × difficulty cell gives, and how
/// many essays), edited by the province admin, with the cells the approved questions cannot fill yet and the approved
/// questions available per cell.
/// </summary>
public sealed class BlueprintModel(TrainingDbContext db, IClock clock, PortalPolicies policies, IStringLocalizer<SharedResource> localizer)
    : ExamPageModel(db, clock, policies)
{
    /// <summary>How many blank rows the form offers after the blueprint's cells.</summary>
    public const int BlankRows = 4;

    /// <summary>The programme.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The cells typed.</summary>
    [BindProperty]
    public List<CellInput> Rows { get; set; } = [];

    /// <summary>The essays per paper.</summary>
    [BindProperty]
    public string? EssayCount { get; set; }

    /// <summary>The stored blueprint and its shortages; null when the programme has none.</summary>
    public BlueprintReport? Report { get; private set; }

    /// <summary>Approved multiple-choice questions per (topic, difficulty), and approved essays under the topic "".</summary>
    public IReadOnlyList<(string Topic, Difficulty Difficulty, QuestionKind Kind, int Count)> Available { get; private set; } = [];

    /// <summary>Shows the blueprint.</summary>
    /// <returns>The page or 403.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!CenterAccess.CanReadQuestionBank(User))
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        await LoadAsync();
        Rows = (Report?.Blueprint.Cells ?? []).Select(c => new CellInput { Topic = c.TopicCode, Difficulty = c.Difficulty, Count = c.Count.ToString(CultureInfo.InvariantCulture) }).ToList();
        EssayCount = (Report?.Blueprint.EssayCount ?? 0).ToString(CultureInfo.InvariantCulture);
        Pad();
        return Page();
    }

    /// <summary>Saves the blueprint, replacing the programme's old one.</summary>
    /// <returns>The page with the new shortages, or the form with its problems.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        var cells = new List<BlueprintCell>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (string.IsNullOrWhiteSpace(row.Topic) && string.IsNullOrWhiteSpace(row.Count))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Topic))
            {
                ModelState.AddModelError($"Rows[{i}].Topic", localizer["FieldRequired", localizer["Topic"]]);
            }

            if (!int.TryParse(row.Count, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > 500)
            {
                ModelState.AddModelError($"Rows[{i}].Count", localizer["CountOneTo500"]);
            }

            if (row.Difficulty is null)
            {
                ModelState.AddModelError($"Rows[{i}].Difficulty", localizer["FieldRequired", localizer["Difficulty"]]);
            }

            if (!string.IsNullOrWhiteSpace(row.Topic) && row.Difficulty is { } d && count > 0 && count <= 500)
            {
                if (cells.Exists(c => c.Difficulty == d && string.Equals(c.TopicCode, row.Topic.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    ModelState.AddModelError($"Rows[{i}].Topic", localizer["CellRepeated"]);
                }
                else
                {
                    cells.Add(new BlueprintCell(row.Topic.Trim(), d, count));
                }
            }
        }

        if (!int.TryParse(EssayCount ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var essays) || essays > 20)
        {
            ModelState.AddModelError(nameof(EssayCount), localizer["EssayCountZeroTo20"]);
        }

        if (ModelState.IsValid && cells.Count == 0 && essays == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["BlueprintEmpty"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var report = await (await ExamsAsync()).SaveBlueprintAsync(new ExamBlueprint(Program, cells, essays), Actor, HttpContext.RequestAborted);
                TempData["Message"] = report.CanGenerate ? localizer["BlueprintSaved"].Value : localizer["BlueprintSavedWithShortages"].Value;
                return RedirectToPage(new { program = Program });
            }
            catch (DomainRuleException refused)
            {
                Refused(refused);
            }
        }

        await LoadAsync();
        Pad();
        return Page();
    }

    private async Task LoadAsync()
    {
        Report = await (await ExamsAsync()).BlueprintOfAsync(Program!, HttpContext.RequestAborted);
        var approved = await Db.Questions.AsNoTracking()
            .Where(q => q.ProgramCode == Program && q.Status == QuestionStatus.Approved)
            .GroupBy(q => new { q.TopicCode, q.Difficulty, q.Kind })
            .Select(g => new { g.Key.TopicCode, g.Key.Difficulty, g.Key.Kind, Count = g.Count() })
            .ToListAsync(HttpContext.RequestAborted);
        Available = approved.OrderBy(a => a.Kind).ThenBy(a => a.TopicCode, StringComparer.Ordinal).ThenBy(a => a.Difficulty)
            .Select(a => (a.TopicCode, a.Difficulty, a.Kind, a.Count)).ToList();
    }

    private void Pad()
    {
        for (var k = 0; k < BlankRows; k++)
        {
            Rows.Add(new CellInput());
        }
    }

    /// <summary>One cell as typed.</summary>
    public sealed class CellInput
    {
        /// <summary>The topic code.</summary>
        public string? Topic { get; set; }

        /// <summary>The difficulty.</summary>
        public Difficulty? Difficulty { get; set; }

        /// <summary>How many questions, as typed.</summary>
        public string? Count { get; set; }
    }
}
