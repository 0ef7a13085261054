using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// Ngân hàng câu hỏi: a programme's questions filtered by topic, difficulty, status and text, a page at a time; the
/// province admin approves drafts and retires approved questions (with a reason) from the list. Readable by province
/// admins and auditors only (the bank holds the keys).
/// </summary>
public sealed class IndexModel(TrainingDbContext db, IClock clock, PortalPolicies policies, IStringLocalizer<SharedResource> localizer)
    : ExamPageModel(db, clock, policies)
{
    /// <summary>The programme.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The topic filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    /// <summary>The difficulty filter.</summary>
    [BindProperty(SupportsGet = true)]
    public Difficulty? Difficulty { get; set; }

    /// <summary>The status filter.</summary>
    [BindProperty(SupportsGet = true)]
    public QuestionStatus? Status { get; set; }

    /// <summary>Text the question must contain.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The questions of the page.</summary>
    public Paged<QuestionLine> Questions { get; private set; } = Paged<QuestionLine>.Of([], 1);

    /// <summary>The programme's topics found in its bank, for the filter.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>How many questions of the programme are approved.</summary>
    public int ApprovedCount { get; private set; }

    /// <summary>Lists the questions.</summary>
    /// <returns>The page, or 403.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!CenterAccess.CanReadQuestionBank(User))
        {
            return Forbid();
        }

        Program = ProgramOrDefault(Program);
        var all = Db.Questions.AsNoTracking().Where(q => q.ProgramCode == Program);
        Topics = await all.Select(q => q.TopicCode).Distinct().OrderBy(t => t).ToListAsync(HttpContext.RequestAborted);
        ApprovedCount = await all.CountAsync(q => q.Status == QuestionStatus.Approved, HttpContext.RequestAborted);
        var query = all;
        if (!string.IsNullOrWhiteSpace(Topic))
        {
            query = query.Where(q => q.TopicCode == Topic);
        }

        if (Difficulty is { } difficulty)
        {
            query = query.Where(q => q.Difficulty == difficulty);
        }

        if (Status is { } status)
        {
            query = query.Where(q => q.Status == status);
        }

        var rows = await query
            .Select(q => new { Question = q, Revision = EF.Property<int>(q, QuestionConfiguration.RevisionName) })
            .ToListAsync(HttpContext.RequestAborted);
        var text = QuestionStem.Normalize(Text);
        var lines = rows
            .Where(r => text.Length == 0 || QuestionStem.Normalize(r.Question.Stem).Contains(text, StringComparison.Ordinal))
            .OrderBy(r => r.Question.TopicCode, StringComparer.Ordinal).ThenBy(r => r.Question.Difficulty).ThenBy(r => r.Question.Stem, StringComparer.Ordinal)
            .Select(r => new QuestionLine(r.Question, r.Revision))
            .ToList();
        Questions = Paged<QuestionLine>.Of(lines, PageNumber);
        return Page();
    }

    /// <summary>Approves a draft.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="revision">The revision the list showed.</param>
    /// <returns>The list again, with the outcome.</returns>
    public async Task<IActionResult> OnPostApproveAsync(Guid questionId, int revision)
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        try
        {
            await (await ExamsAsync()).ApproveQuestionAsync(questionId, Actor, revision, HttpContext.RequestAborted);
            TempData["Message"] = localizer["QuestionApproved"].Value;
        }
        catch (DomainRuleException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToPage(RouteValues());
    }

    /// <summary>Retires an approved question with a reason.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="revision">The revision the list showed.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The list again, with the outcome.</returns>
    public async Task<IActionResult> OnPostRetireAsync(Guid questionId, int revision, string? reason)
    {
        if (!CanEditBank)
        {
            return Forbid();
        }

        try
        {
            await (await ExamsAsync()).RetireQuestionAsync(questionId, reason ?? string.Empty, Actor, revision, HttpContext.RequestAborted);
            TempData["Message"] = localizer["QuestionRetired"].Value;
        }
        catch (DomainRuleException refused)
        {
            TempData["Error"] = refused.Message;
        }

        return RedirectToPage(RouteValues());
    }

    /// <summary>The query values of the filters, for the paging links.</summary>
    /// <param name="page">The page to link to.</param>
    /// <returns>The route values.</returns>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = RouteValues();
        values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("program", Program);
        Add("topic", Topic);
        Add("difficulty", Difficulty?.ToString());
        Add("status", Status?.ToString());
        Add("q", Text);
        return values;
    }

    /// <summary>A question in the list, with the revision its buttons post back.</summary>
    /// <param name="Question">The question.</param>
    /// <param name="Revision">Its revision.</param>
    public sealed record QuestionLine(Question Question, int Revision);
}
