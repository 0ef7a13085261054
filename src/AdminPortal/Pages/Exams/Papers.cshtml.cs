using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// Đề thi: the papers of the user's centres, newest first, with links to print each variant and, for the roles the
/// province's key policy allows, its answer key; and a form to draw a new paper for a centre from a seed (a random one
/// by default, shown so that the paper can be drawn again) with a number of variants.
/// </summary>
public sealed class PapersModel(TrainingDbContext db, IClock clock, PortalPolicies policies, IStringLocalizer<SharedResource> localizer)
    : ExamPageModel(db, clock, policies)
{
    /// <summary>The programme filter (and the programme of a new paper).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The form for a new paper.</summary>
    [BindProperty]
    public GenerateInput Data { get; set; } = new();

    /// <summary>The papers of the page.</summary>
    public Paged<PaperLine> Papers { get; private set; } = Paged<PaperLine>.Of([], 1);

    /// <summary>The centres the user may draw papers for (id, name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GenerateCenters { get; private set; } = [];

    /// <summary>Lists the papers and offers the form.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        Data.Seed = RandomSeed().ToString(CultureInfo.InvariantCulture);
        Data.ProgramCode = ProgramOrDefault(Program);
        await LoadAsync();
        return Page();
    }

    /// <summary>Draws a paper and stores it.</summary>
    /// <returns>The list with the new paper, or the form with its problems.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        var centerId = Data.CenterId?.Trim() ?? string.Empty;
        if (!CenterAccess.CanGeneratePapers(User, centerId))
        {
            return Forbid();
        }

        if (!long.TryParse(Data.Seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            ModelState.AddModelError("Data.Seed", localizer["SeedMustBeAWholeNumber"]);
        }

        if (!int.TryParse(Data.Variants, NumberStyles.None, CultureInfo.InvariantCulture, out var variants) || variants < 1 || variants > GeneratePaper.MaxVariants)
        {
            ModelState.AddModelError("Data.Variants", string.Format(localizer["VariantsOneToN"], GeneratePaper.MaxVariants));
        }

        if (ModelState.IsValid)
        {
            try
            {
                var paper = await (await ExamsAsync()).GeneratePaperAsync(
                    new GeneratePaper(centerId, ProgramOrDefault(Data.ProgramCode), seed, variants), Actor, HttpContext.RequestAborted);
                TempData["Message"] = string.Format(localizer["PaperGenerated"], string.Join(", ", paper.Paper.Variants.Select(v => v.Code)), seed);
                return RedirectToPage(new { program = paper.Paper.ProgramCode });
            }
            catch (DomainRuleException refused)
            {
                Refused(refused);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var scope = CenterAccess.ScopeOf(User);
        var names = await CenterNamesAsync();
        GenerateCenters = names.Where(c => CenterAccess.CanGeneratePapers(User, c.Key))
            .OrderBy(c => c.Value, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .ToList();
        var query = Db.ExamPapers.AsNoTracking();
        if (!scope.IsEverything)
        {
            var own = scope.CenterId ?? string.Empty;
            query = query.Where(p => EF.Property<string>(p, ExamPaperConfiguration.CenterIdName) == own);
        }

        if (!string.IsNullOrWhiteSpace(Program))
        {
            var program = Program.Trim();
            query = query.Where(p => p.ProgramCode == program);
        }

        var keyPolicy = (await PoliciesAsync()).AnswerKeys;
        var rows = await query.OrderByDescending(p => p.GeneratedAt)
            .Select(p => new { Id = EF.Property<Guid>(p, ExamPaperConfiguration.IdName), CenterId = EF.Property<string>(p, ExamPaperConfiguration.CenterIdName), Paper = p })
            .ToListAsync(HttpContext.RequestAborted);
        var zone = TrainingPolicies.Default.Zone;
        Papers = Paged<PaperLine>.Of(
            rows.Select(r => new PaperLine(
                r.Id,
                names.GetValueOrDefault(r.CenterId, r.CenterId),
                r.Paper.ProgramCode,
                r.Paper.GeneratedAt.InZone(zone).LocalDateTime,
                r.Paper.Seed,
                r.Paper.QuestionIds.Count,
                r.Paper.ReusedQuestionCount,
                r.Paper.Variants.Select(v => v.Code).ToList(),
                CenterAccess.CanReadAnswerKeys(User, r.CenterId, keyPolicy))).ToList(),
            PageNumber);
    }

    private static long RandomSeed() => RandomNumberGenerator.GetInt32(1, int.MaxValue);

    /// <summary>The query values for the paging links.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The route values.</returns>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["p"] = page.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Program))
        {
            values["program"] = Program;
        }

        return values;
    }

    /// <summary>The form for a new paper.</summary>
    public sealed class GenerateInput
    {
        /// <summary>The centre.</summary>
        public string? CenterId { get; set; }

        /// <summary>The programme.</summary>
        public string? ProgramCode { get; set; }

        /// <summary>The seed, as typed.</summary>
        public string? Seed { get; set; }

        /// <summary>How many variants, as typed.</summary>
        public string? Variants { get; set; } = "2";
    }

    /// <summary>A paper in the list.</summary>
    /// <param name="Id">The paper.</param>
    /// <param name="CenterName">Its centre.</param>
    /// <param name="ProgramCode">Its programme.</param>
    /// <param name="GeneratedAt">When it was drawn, local time.</param>
    /// <param name="Seed">Its seed.</param>
    /// <param name="QuestionCount">How many questions.</param>
    /// <param name="Reused">How many questions it shares with the centre's recent papers.</param>
    /// <param name="Variants">The variant codes.</param>
    /// <param name="CanReadKeys">Whether the user may open its answer keys.</param>
    public sealed record PaperLine(
        Guid Id, string CenterName, string ProgramCode, LocalDateTime GeneratedAt, long Seed, int QuestionCount, int Reused, IReadOnlyList<string> Variants, bool CanReadKeys);
}
