using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// A question of the bank: a new one (multiple choice with up to six options and the correct key, or essay with its
/// marking guide), or an existing one to read and revise. Every problem is shown next to its field, in Vietnamese, from
/// the library's <see cref="QuestionDraft.Problems"/>. Revising an approved question makes a new draft version.
/// </summary>
public sealed class QuestionModel(TrainingDbContext db, IClock clock, PortalPolicies policies, IStringLocalizer<SharedResource> localizer)
    : ExamPageModel(db, clock, policies)
{
    /// <summary>The option keys the form offers.</summary>
    public static readonly IReadOnlyList<string> Keys = ["A", "B", "C", "D", "E", "F"];

    /// <summary>The programme of a new question.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public QuestionInput Data { get; set; } = new();

    /// <summary>The question being edited; null for a new one.</summary>
    public Question? Existing { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <param name="id">The question, or null for a new one.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (!CenterAccess.CanReadQuestionBank(User))
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        if (id is null)
        {
            return CanEditBank ? Page() : Forbid();
        }

        try
        {
            var found = await (await ExamsAsync()).FindQuestionAsync(id.Value, HttpContext.RequestAborted);
            Existing = found.Question;
            Program = Existing.ProgramCode;
            Data = QuestionInput.Of(found.Question, found.Revision);
            return Page();
        }
        catch (DomainRuleException)
        {
            return NotFound();
        }
    }

    /// <summary>Adds the question (draft) or revises it.</summary>
    /// <param name="id">The question, or null for a new one.</param>
    /// <returns>The bank list, or the form with its problems.</returns>
    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        var exams = await ExamsAsync();
        if (id is { } questionId)
        {
            try
            {
                Existing = (await exams.FindQuestionAsync(questionId, HttpContext.RequestAborted)).Question;
            }
            catch (DomainRuleException)
            {
                return NotFound();
            }

            // Topic, difficulty and kind are fixed once a question exists; the form shows them but does not post them.
            Program = Existing.ProgramCode;
            Data.Topic = Existing.TopicCode;
            Data.Difficulty = Existing.Difficulty;
            Data.Kind = Existing.Kind;
        }

        if (Data.Difficulty is null)
        {
            ModelState.AddModelError("Data.Difficulty", localizer["FieldRequired", localizer["Difficulty"]]);
        }

        if (Data.Kind is null)
        {
            ModelState.AddModelError("Data.Kind", localizer["FieldRequired", localizer["Kind"]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = Data.ToDraft();
        foreach (var problem in draft.Problems())
        {
            ModelState.AddModelError($"Data.{problem.Field}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (id is { } existing)
            {
                var version = await exams.ReviseQuestionAsync(existing, draft, Actor, Data.Revision, HttpContext.RequestAborted);
                TempData["Message"] = string.Format(localizer["QuestionRevised"], version);
            }
            else
            {
                await exams.AddQuestionAsync(Program, draft, Actor, HttpContext.RequestAborted);
                TempData["Message"] = localizer["QuestionAdded"].Value;
            }

            return RedirectToPage("Index", new { program = Program, topic = draft.TopicCode!.Trim() });
        }
        catch (DomainRuleException refused)
        {
            Refused(refused, refused.RuleId == ExamUseCases.DuplicateStem ? "Data.Stem" : string.Empty);
            return Page();
        }
    }

    /// <summary>The question form.</summary>
    public sealed class QuestionInput
    {
        /// <summary>The topic code.</summary>
        public string? Topic { get; set; }

        /// <summary>The difficulty.</summary>
        public Difficulty? Difficulty { get; set; }

        /// <summary>Multiple choice or essay.</summary>
        public QuestionKind? Kind { get; set; } = QuestionKind.MultipleChoice;

        /// <summary>The question's text.</summary>
        public string? Stem { get; set; }

        /// <summary>The options' texts, A to F; blank ones are left out.</summary>
        public List<string?> Options { get; set; } = [.. Keys.Select(_ => (string?)null)];

        /// <summary>The correct option's key.</summary>
        public string? CorrectKey { get; set; }

        /// <summary>The marking guide of an essay.</summary>
        public string? MarkingGuide { get; set; }

        /// <summary>The revision the form was built from.</summary>
        public int? Revision { get; set; }

        /// <summary>The form of an existing question.</summary>
        /// <param name="question">The question.</param>
        /// <param name="revision">Its revision.</param>
        /// <returns>The form.</returns>
        public static QuestionInput Of(Question question, int revision)
        {
            ArgumentNullException.ThrowIfNull(question);
            var options = Keys.Select(k => question.Options.FirstOrDefault(o => string.Equals(o.Key, k, StringComparison.OrdinalIgnoreCase))?.Text).ToList();
            return new QuestionInput
            {
                Topic = question.TopicCode,
                Difficulty = question.Difficulty,
                Kind = question.Kind,
                Stem = question.Stem,
                Options = options,
                CorrectKey = question.CorrectKey,
                MarkingGuide = question.MarkingGuide,
                Revision = revision,
            };
        }

        /// <summary>The draft the library checks.</summary>
        /// <returns>The draft.</returns>
        public QuestionDraft ToDraft()
        {
            var options = Options.Take(Keys.Count).Select((text, i) => (text, i))
                .Where(o => !string.IsNullOrWhiteSpace(o.text))
                .Select(o => new AnswerOption(Keys[o.i], o.text!))
                .ToList();
            return new QuestionDraft(Topic, Difficulty!.Value, Kind!.Value, Stem, options, CorrectKey, MarkingGuide);
        }
    }
}
