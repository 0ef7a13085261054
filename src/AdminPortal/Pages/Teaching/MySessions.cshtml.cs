using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.AdminPortal.Pages.Classes;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Teaching;

/// <summary>"Buổi dạy của tôi": the sessions the signed-in lecturer teaches, each linked to its attendance sheet.</summary>
public sealed class MySessionsModel(TrainingDbContext db, IClock clock) : PageModel
{
    /// <summary>The user's lecturer id, or null when the account is not linked to a lecturer.</summary>
    public string? LecturerId { get; private set; }

    /// <summary>Today.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>The sessions, in date order.</summary>
    public IReadOnlyList<Row> Sessions { get; private set; } = [];

    /// <summary>Lists the sessions.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        Today = clock.Today();
        LecturerId = ClassRecords.LecturerOf(User);
        if (LecturerId is not { } lecturer)
        {
            return Page();
        }

        var rows = await db.TrainingClasses.AsNoTracking()
            .Where(c => c.Status != ClassStatus.Cancelled)
            .SelectMany(c => c.Sessions, (c, s) => new { c.Id, c.Code, c.ProgramCode, c.CenterId, c.Status, Session = s })
            .Where(x => x.Session.LecturerId == lecturer)
            .ToListAsync(HttpContext.RequestAborted);
        Sessions = rows
            .Select(x => new Row(x.Id, x.Code, x.ProgramCode, x.Status, x.Session))
            .OrderBy(r => r.Session.Date).ThenBy(r => r.Session.Slot.Start)
            .ToList();
        return Page();
    }

    /// <summary>One session.</summary>
    /// <param name="ClassId">The class.</param>
    /// <param name="ClassCode">The class's code.</param>
    /// <param name="ProgramCode">The programme.</param>
    /// <param name="Status">The class's status.</param>
    /// <param name="Session">The session.</param>
    public sealed record Row(Guid ClassId, string ClassCode, string ProgramCode, ClassStatus Status, ClassSession Session);
}
