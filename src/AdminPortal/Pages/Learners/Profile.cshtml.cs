using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Learners;

/// <summary>A learner: what is recorded about them, their classes (the same citizen ID), results and certificates.</summary>
public sealed class ProfileModel(TrainingDbContext db, CenterAccess access) : PageModel
{
    /// <summary>The learner's enrolments the user may see, oldest first.</summary>
    public IReadOnlyList<LearnerMatch> Enrollments { get; private set; } = [];

    /// <summary>The enrolment the page was opened from.</summary>
    public LearnerMatch Current { get; private set; } = null!;

    /// <summary>The results of those enrolments.</summary>
    public IReadOnlyList<AssessmentResult> Results { get; private set; } = [];

    /// <summary>The certificates issued for those enrolments.</summary>
    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    /// <summary>The centres' names by id.</summary>
    public IReadOnlyDictionary<string, string> CentreNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Shows the learner.</summary>
    /// <param name="id">One of the learner's enrolments.</param>
    /// <returns>The page; 404 for an unknown enrolment, 403 for another centre's learner.</returns>
    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is not { } enrollmentId)
        {
            return NotFound();
        }

        var all = await LearnerSearch.EnrollmentsOfPersonAsync(db, enrollmentId, HttpContext.RequestAborted);
        var current = all.FirstOrDefault(e => e.EnrollmentId == enrollmentId);
        if (current is null)
        {
            return NotFound();
        }

        if (!await access.CanReadAsync(User, current.CenterId))
        {
            return Forbid();
        }

        var scope = CenterAccess.ScopeOf(User);
        Current = current;
        Enrollments = all.Where(e => scope.Includes(e.CenterId)).ToList();
        var ids = Enrollments.Select(e => e.EnrollmentId).ToList();
        Results = await db.AssessmentResults.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId)).ToListAsync(HttpContext.RequestAborted);
        Certificates = await db.CertificateRegisters.AsNoTracking().SelectMany(r => r.Certificates).Where(c => ids.Contains(c.EnrolmentId)).ToListAsync(HttpContext.RequestAborted);
        var registry = await db.LoadRegistryAsync(HttpContext.RequestAborted);
        CentreNames = registry.Centers.ToDictionary(c => c.Id, c => c.Name);
        return Page();
    }

    /// <summary>The class code of an enrolment.</summary>
    /// <param name="enrollmentId">The enrolment.</param>
    /// <returns>The code.</returns>
    public string ClassOf(Guid enrollmentId) => Enrollments.FirstOrDefault(e => e.EnrollmentId == enrollmentId)?.ClassCode ?? string.Empty;

    /// <summary>A centre's name.</summary>
    /// <param name="id">The centre.</param>
    /// <returns>Its name.</returns>
    public string CentreName(string id) => CentreNames.TryGetValue(id, out var name) ? name : id;
}
