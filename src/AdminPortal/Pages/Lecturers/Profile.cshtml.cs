using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Lecturers;
using TrainingDomain.Programs;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Lecturers;

/// <summary>A lecturer's profile: qualifications, recognition decisions, the verdict for every programme, and the teaching load per year.</summary>
public sealed class ProfileModel(TrainingDbContext db, CenterAccess access, IClock clock) : PageModel
{
    /// <summary>The lecturer.</summary>
    public Lecturer Lecturer { get; private set; } = null!;

    /// <summary>The home centre's name.</summary>
    public string CentreName { get; private set; } = string.Empty;

    /// <summary>Today.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>The verdict for each programme today.</summary>
    public IReadOnlyList<QualificationCell> Qualifications { get; private set; } = [];

    /// <summary>The programmes, in catalogue order.</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs { get; } = ProgramCatalog.Default.Programs;

    /// <summary>The teaching load per year.</summary>
    public IReadOnlyList<TeachingLoad> Load { get; private set; } = [];

    /// <summary>Shows the lecturer.</summary>
    /// <param name="id">The lecturer's id.</param>
    /// <returns>The page; 404 for an unknown lecturer, 403 for another centre's.</returns>
    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return NotFound();
        }

        var lecturer = await db.Lecturers.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, HttpContext.RequestAborted);
        if (lecturer is null)
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(User, lecturer.HomeCenterId))
        {
            return Forbid();
        }

        Lecturer = lecturer;
        Today = clock.Today();
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        CentreName = registry.FindCenter(lecturer.HomeCenterId)?.Name ?? lecturer.HomeCenterId;
        Qualifications = AdminPortal.Qualifications.Row(lecturer, Programs, Today);
        Load = await TeachingLoad.OfLecturerAsync(db, lecturer.Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The programme's name.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name.</returns>
    public string ProgramName(string code) => AdminPortal.Reports.ProgramNames.Of(code);
}
