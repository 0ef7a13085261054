using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// Finds enrolled learners in the store by name, citizen ID (CCCD) or nominating organisation, ignoring case and
/// Vietnamese diacritics ("nguyen van an" finds "Nguyễn Văn An", "dang" finds "Đặng"), and lists a person's enrolments.
/// Every word of the query must be a whole word of the learner's name, citizen ID or organisation, except the last,
/// which may be the start of a word (so "nguyen van a" already finds "Nguyễn Văn An", and "do thi hoa" does not find
/// "Hoàng Thị Em" of "thôn Đồng Tâm"). Matches are ordered the
/// Vietnamese way (<see cref="VietnameseNameComparer"/>), then by class code and centre.
/// </summary>
/// <example>
/// <code>
/// var found = await LearnerSearch.FindAsync(db, "nguyen van an", centerId: "TTCT-288");
/// </code>
/// </example>
public static class LearnerSearch
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The most matches returned by one search.</summary>
    public const int MaxMatches = 1000;

    /// <summary>Searches the enrolments.</summary>
    /// <param name="db">The store.</param>
    /// <param name="query">What the user typed; blank finds nothing.</param>
    /// <param name="centerId">Only this centre's enrolments; <c>null</c> for every centre.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>At most <see cref="MaxMatches"/> matches, ordered as described on the type.</returns>
    /// <exception cref="ArgumentNullException">When the store is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the query is longer than <see cref="MaxQueryLength"/>.</exception>
    public static async Task<IReadOnlyList<LearnerMatch>> FindAsync(TrainingDbContext db, string? query, string? centerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (query is { Length: > MaxQueryLength })
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Length, $"A search is at most {MaxQueryLength} characters.");
        }

        var words = NameSearch.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var enrollments = db.Set<Enrollment>().AsNoTracking();
        for (var i = 0; i < words.Length; i++)
        {
            var pattern = i < words.Length - 1 ? $" {words[i]} " : $" {words[i]}";
            enrollments = enrollments.Where(e => EF.Property<string>(e, TrainingClassConfiguration.SearchTextName).Contains(pattern));
        }

        if (centerId is not null)
        {
            enrollments = enrollments.Where(e => EF.Property<string>(e, TrainingCenterConfiguration.CenterIdName) == centerId);
        }

        var rows = await Project(db, enrollments).Take(MaxMatches).ToListAsync(cancellationToken);
        return Sorted(rows);
    }

    /// <summary>
    /// The enrolments of the person enrolled by <paramref name="enrollmentId"/>: every enrolment with the same citizen ID
    /// when one is recorded, else that enrolment alone; empty when there is no such enrolment.
    /// </summary>
    /// <param name="db">The store.</param>
    /// <param name="enrollmentId">An enrolment of the person.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The enrolments, oldest first.</returns>
    /// <exception cref="ArgumentNullException">When the store is null.</exception>
    public static async Task<IReadOnlyList<LearnerMatch>> EnrollmentsOfPersonAsync(TrainingDbContext db, Guid enrollmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enrollments = db.Set<Enrollment>().AsNoTracking();
        var citizenId = await enrollments.Where(e => e.Id == enrollmentId)
            .Select(e => new { Id = EF.Property<string?>(e, TrainingClassConfiguration.CitizenIdName) })
            .SingleOrDefaultAsync(cancellationToken);
        if (citizenId is null)
        {
            return [];
        }

        var same = citizenId.Id is { } id
            ? enrollments.Where(e => EF.Property<string?>(e, TrainingClassConfiguration.CitizenIdName) == id)
            : enrollments.Where(e => e.Id == enrollmentId);
        var rows = await Project(db, same).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.EnrolledOn).ThenBy(r => r.ClassCode, StringComparer.Ordinal).ToList();
    }

    private static IQueryable<LearnerMatch> Project(TrainingDbContext db, IQueryable<Enrollment> enrollments) =>
        enrollments.Join(
            db.TrainingClasses.AsNoTracking(),
            e => EF.Property<Guid>(e, TrainingClassConfiguration.ClassIdName),
            c => c.Id,
            (e, c) => new LearnerMatch(e.Id, e.Learner, e.Organization.Name, c.CenterId, c.Id, c.Code, c.ProgramCode, e.EnrolledOn, e.Status, e.Passed));

    private static List<LearnerMatch> Sorted(List<LearnerMatch> rows) =>
        rows.OrderBy(r => r.Learner.FullName, VietnameseNameComparer.Instance)
            .ThenBy(r => r.ClassCode, StringComparer.Ordinal)
            .ThenBy(r => r.CenterId, StringComparer.Ordinal)
            .ThenBy(r => r.EnrollmentId)
            .ToList();
}
