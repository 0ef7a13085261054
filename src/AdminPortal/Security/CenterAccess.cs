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
