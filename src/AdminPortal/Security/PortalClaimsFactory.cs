using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TrainingDomain.AdminPortal.Data;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>Adds the user's centre, lecturer record and name to the sign-in cookie.</summary>
/// <param name="users">The user manager.</param>
/// <param name="roles">The role manager.</param>
/// <param name="options">Identity options.</param>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.CenterId is { } center)
        {
            identity.AddClaim(new Claim(PortalClaims.CenterId, center));
        }

        if (user.LecturerId is { } lecturer)
        {
            identity.AddClaim(new Claim(PortalClaims.LecturerId, lecturer));
        }

        return identity;
    }
}
