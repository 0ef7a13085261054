using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Pages.Lecturers;

/// <summary>The qualification matrix: every visible lecturer × every programme on a date, each cell the library's verdict with its reasons.</summary>
public sealed class MatrixModel(TrainingDbContext db, IClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>One centre; every visible centre when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Centre { get; set; }

    /// <summary>The date, dd/MM/yyyy; today when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    /// <summary>The date read.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>The centres the user may pick.</summary>
    public IReadOnlyList<TrainingCenter> Centres { get; private set; } = [];

    /// <summary>The programmes (columns).</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs { get; } = ProgramCatalog.Default.Programs;

    /// <summary>The rows.</summary>
    public IReadOnlyList<(Lecturer Lecturer, IReadOnlyList<QualificationCell> Cells)> Rows { get; private set; } = [];

    /// <summary>Builds the matrix.</summary>
    /// <returns>The page; 403 for a centre the user may not see.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        var scope = CenterAccess.ScopeOf(User);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        Centres = registry.Centers.Where(c => scope.Includes(c.Id)).ToList();
        if (!string.IsNullOrWhiteSpace(Centre) && !scope.Includes(Centre))
        {
            return registry.FindCenter(Centre) is null ? NotFound() : Forbid();
        }

        Date = DateInput.Parse(ModelState, localizer, nameof(AsOf), "As of", AsOf, required: false) ?? clock.Today();
        AsOf = ModelState.IsValid ? DateInput.Format(Date) : AsOf;
        var visible = Centres.Select(c => c.Id).ToList();
        var query = db.Lecturers.AsNoTracking();
        query = string.IsNullOrWhiteSpace(Centre) ? query.Where(l => visible.Contains(l.HomeCenterId)) : query.Where(l => l.HomeCenterId == Centre);
        var lecturers = await query.ToListAsync(HttpContext.RequestAborted);
        Rows = lecturers
            .OrderBy(l => l.FullName, VietnameseNameComparer.Instance)
            .Select(l => (l, Qualifications.Row(l, Programs, Date)))
            .ToList();
        return Page();
    }
}
