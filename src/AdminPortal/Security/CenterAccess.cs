using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>
/// The one place that decides which centres' data a user may read: province admins and auditors every centre;
/// centre managers, centre staff and lecturers their own centre. Every page and API call asks here.
/// </summary>
/// <param name="authorization">The authorization service, which runs <see cref="CenterAccessHandler"/>.</param>
public sealed class CenterAccess(IAuthorizationService authorization)
{
    /// <summary>The policy-less requirement the handler answers.</summary>
    public static readonly CenterAccessRequirement Read = new();

    /// <summary>Whether the user may read the centre's data.</summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The centre.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, string centerId) =>
        (await authorization.AuthorizeAsync(user, new CenterResource(centerId), Read)).Succeeded;

    /// <summary>
    /// Whether the user may change the centre's staffing (assign and end duties): province admins for every centre, a
    /// centre manager for their own centre; nobody else, auditors included.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The centre.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanManageStaffing(ClaimsPrincipal user, string centerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PortalRoles.ProvinceAdmin)
               || (user.IsInRole(PortalRoles.CenterManager) && string.Equals(user.CenterOf(), centerId, StringComparison.Ordinal));
    }

    /// <summary>
    /// The centres a report may show the user: <c>null</c> for every centre (province-wide roles), otherwise the user's
    /// own centre, or none when the user has no centre.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns>The centre filter.</returns>
    public static CenterScope ScopeOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(PortalRoles.ProvinceAdmin) || user.IsInRole(PortalRoles.Auditor))
        {
            return CenterScope.Everything;
        }

        return user.CenterOf() is { } center ? CenterScope.Only(center) : CenterScope.Nothing;
    }

    /// <summary>
    /// Whether the user may change a centre's classes (plan, approve, cancel, timetable, nominations, opening): province
    /// admins for every centre, centre managers and centre staff for their own; auditors read only; lecturers never.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The class's centre.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanManageClasses(ClaimsPrincipal user, string centerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var manages = user.IsInRole(PortalRoles.ProvinceAdmin) || user.IsInRole(PortalRoles.CenterManager) || user.IsInRole(PortalRoles.CenterStaff);
        return manages && ScopeOf(user).Includes(centerId);
    }

    /// <summary>
    /// Whether the user may read the province's question bank and blueprints (which hold the correct keys): province
    /// admins and auditors. Centre staff and lecturers see papers, never the bank.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanReadQuestionBank(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PortalRoles.ProvinceAdmin) || user.IsInRole(PortalRoles.Auditor);
    }

    /// <summary>
    /// Whether the user may change the question bank (add, edit, approve, retire, import questions) and the blueprints:
    /// the bank is province-wide, so province admins only.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanEditQuestionBank(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PortalRoles.ProvinceAdmin);
    }

    /// <summary>
    /// Whether the user may draw (generate) papers for a centre: province admins for every centre, centre managers and
    /// centre staff for their own; lecturers and auditors never.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The centre.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanGeneratePapers(ClaimsPrincipal user, string centerId) => CanManageClasses(user, centerId);

    /// <summary>
    /// Whether the user may see and print a centre's papers (without their keys): everyone whose scope includes the
    /// centre, lecturers of the centre included.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The paper's centre.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanViewPapers(ClaimsPrincipal user, string centerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ScopeOf(user).Includes(centerId);
    }

    /// <summary>
    /// Whether the user may read the answer keys of a centre's papers: the centre is in their scope and one of their
    /// roles is allowed by the province's <see cref="TrainingDomain.Assessment.AnswerKeyPolicy"/>.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <param name="centerId">The paper's centre.</param>
    /// <param name="policy">The key policy in force.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool CanReadAnswerKeys(ClaimsPrincipal user, string centerId, TrainingDomain.Assessment.AnswerKeyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return CanViewPapers(user, centerId) && policy.Allows(RolesOf(user));
    }

    /// <summary>The portal roles the user holds.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The roles, in <see cref="PortalRoles.All"/> order.</returns>
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return PortalRoles.All.Where(user.IsInRole).ToList();
    }
}

/// <summary>A centre as the object of an authorization check.</summary>
/// <param name="CenterId">The centre.</param>
public sealed record CenterResource(string CenterId);

/// <summary>Read access to a centre's data.</summary>
public sealed class CenterAccessRequirement : IAuthorizationRequirement;

/// <summary>Answers <see cref="CenterAccessRequirement"/> from the user's role and centre claim.</summary>
public sealed class CenterAccessHandler : AuthorizationHandler<CenterAccessRequirement, CenterResource>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CenterAccessRequirement requirement, CenterResource resource)
    {
        if (CenterAccess.ScopeOf(context.User).Includes(resource.CenterId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Which centres a user sees: every centre, one, or none.</summary>
public sealed record CenterScope
{
    private CenterScope(string? centerId, bool everything)
    {
        CenterId = centerId;
        IsEverything = everything;
    }

    /// <summary>Every centre.</summary>
    public static CenterScope Everything { get; } = new(null, true);

    /// <summary>No centre (a centre-bound account without a centre).</summary>
    public static CenterScope Nothing { get; } = new(null, false);

    /// <summary>The one centre, if the scope is one centre.</summary>
    public string? CenterId { get; }

    /// <summary>Whether every centre is visible.</summary>
    public bool IsEverything { get; }

    /// <summary>One centre.</summary>
    /// <param name="centerId">The centre.</param>
    /// <returns>The scope.</returns>
    public static CenterScope Only(string centerId) => new(centerId, false);

    /// <summary>Whether the centre is visible.</summary>
    /// <param name="centerId">The centre.</param>
    /// <returns><c>true</c> when visible.</returns>
    public bool Includes(string centerId) => IsEverything || string.Equals(CenterId, centerId, StringComparison.Ordinal);
}
