using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TrainingDomain.AdminPortal.Api;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>
/// Authenticates API requests that carry <c>X-Api-Key</c> as the key's scope (a province-wide auditor or one centre's
/// staff). An unknown, malformed or revoked key is a 401 with a JSON problem, never a redirect or a 500.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>
    /// The scheme the portal authenticates with: API requests with a key use <see cref="SchemeName"/>, everything else the
    /// Identity cookie.
    /// </summary>
    public const string PortalScheme = "Portal";

    /// <summary>Picks the scheme of a request, as described on <see cref="PortalScheme"/>.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The scheme's name.</returns>
    public static string SelectScheme(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.ContainsKey(ApiKeyStore.Header)
            ? SchemeName
            : IdentityConstants.ApplicationScheme;
    }

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyStore.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.Count == 1 ? await keys.FindActiveAsync(values[0], Context.RequestAborted) : null;
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "apikey:" + key.Id),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
            new(PortalClaims.FullName, key.Name),
        };
        if (key.CenterId is { } centre)
        {
            claims.Add(new Claim(PortalClaims.CenterId, centre));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "ApiKeyInvalid");

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Access denied");
}
