using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.Lecturers;

/// <summary>
/// A lecturer's teaching load per calendar year: the sessions (buổi) and periods (tiết) they are timetabled for in the
/// stored classes, counting every class that was not cancelled, and how many classes those sessions belong to.
/// </summary>
/// <example>
/// <code>
/// var load = await TeachingLoad.OfLecturerAsync(db, "GV-288-01");
/// // [TeachingLoad { Year = 2018, Classes = 4, Sessions = 12, Periods = 60 }]
/// </code>
/// </example>
/// <param name="Year">The calendar year of the sessions' dates.</param>
/// <param name="Classes">The classes the sessions belong to.</param>
/// <param name="Sessions">The sessions.</param>
/// <param name="Periods">The periods of those sessions.</param>
public sealed record TeachingLoad(int Year, int Classes, int Sessions, int Periods)
{
    /// <summary>The lecturer's load per year, oldest year first; empty when the lecturer is timetabled for nothing.</summary>
    /// <param name="db">The store.</param>
    /// <param name="lecturerId">The lecturer's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One line per year with sessions.</returns>
    /// <exception cref="ArgumentNullException">When the store is null.</exception>
    /// <exception cref="ArgumentException">When the id is blank.</exception>
    public static async Task<IReadOnlyList<TeachingLoad>> OfLecturerAsync(TrainingDbContext db, string lecturerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(lecturerId);
        var id = lecturerId.Trim();
        var sessions = await (
                from c in db.TrainingClasses.AsNoTracking()
                from s in c.Sessions
                where c.Status != ClassStatus.Cancelled && s.LecturerId == id
                select new { ClassId = c.Id, s.Slot.Date, s.Periods })
            .ToListAsync(cancellationToken);
        return sessions
            .GroupBy(s => s.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new TeachingLoad(g.Key, g.Select(s => s.ClassId).Distinct().Count(), g.Count(), g.Sum(s => s.Periods)))
            .ToList();
    }
}
