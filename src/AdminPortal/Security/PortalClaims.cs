using System.Security.Claims;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>The claims the portal adds to a signed-in user.</summary>
public static class PortalClaims
{
    /// <summary>The centre a centre-bound user works for.</summary>
    public const string CenterId = "trainingdomain:center";

    /// <summary>The lecturer record of a lecturer.</summary>
    public const string LecturerId = "trainingdomain:lecturer";

    /// <summary>The user's full name.</summary>
    public const string FullName = "trainingdomain:name";

    /// <summary>The user's centre, if any.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The centre id.</returns>
    public static string? CenterOf(this ClaimsPrincipal user) => user.FindFirstValue(CenterId);

    /// <summary>The user's name for display.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The full name, else the user name.</returns>
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";
}
