using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Who may change a class's records (attendance, results, certificates) and the loading the record pages share. Reading
/// follows <see cref="CenterAccess"/>; changing needs a centre role (province admin, centre manager or staff), except
/// that a lecturer may mark the sessions they teach.
/// </summary>
public static class ClassRecords
{
    /// <summary>Whether the user may change a class's records at all (the centre itself is checked by <see cref="CenterAccess"/>).</summary>
    /// <param name="user">The user.</param>
    /// <returns>Whether the user is a province admin, centre manager or centre staff.</returns>
    public static bool CanEdit(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.ProvinceAdmin) || user.IsInRole(PortalRoles.CenterManager) || user.IsInRole(PortalRoles.CenterStaff);

    /// <summary>The lecturer the user is linked to, when the user is a lecturer.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The lecturer id, or null.</returns>
    public static string? LecturerOf(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Lecturer) ? user.FindFirstValue(PortalClaims.LecturerId) : null;

    /// <summary>Whether the user may mark a session: a centre role, or the lecturer who teaches it.</summary>
    /// <param name="user">The user.</param>
    /// <param name="session">The session.</param>
    /// <returns>Whether the user may mark it.</returns>
    public static bool CanMark(ClaimsPrincipal user, ClassSession session) =>
        CanEdit(user) || (LecturerOf(user) is { } lecturer && string.Equals(lecturer, session.LecturerId, StringComparison.Ordinal));

    /// <summary>The name the use cases record as the actor.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The user's sign-in name.</returns>
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    /// <summary>Loads a class (tracked, so its version can be read) when the user may read its centre's records.</summary>
    /// <param name="db">The context.</param>
    /// <param name="access">The centre access check.</param>
    /// <param name="user">The user.</param>
    /// <param name="id">The class.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="lecturerOfASession">Whether a lecturer who teaches one of the class's sessions may read it even at another centre (the attendance sheet).</param>
    /// <returns>The class, or why not: not found or forbidden.</returns>
    public static async Task<(TrainingClass? Class, bool Forbidden)> LoadAsync(
        TrainingDbContext db, CenterAccess access, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken, bool lecturerOfASession = false)
    {
        var trainingClass = await db.TrainingClasses.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (trainingClass is null)
        {
            return (null, false);
        }

        if (await access.CanReadAsync(user, trainingClass.CenterId))
        {
            return (trainingClass, false);
        }

        // A part-time lecturer may teach at several centres: the sheets of the sessions they teach are theirs to mark.
        var teaches = lecturerOfASession && LecturerOf(user) is { } lecturer && trainingClass.Sessions.Any(s => s.LecturerId == lecturer);
        return teaches ? (trainingClass, false) : (null, true);
    }
}
