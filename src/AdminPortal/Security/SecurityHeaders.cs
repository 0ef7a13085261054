namespace TrainingDomain.AdminPortal.Security;

/// <summary>The response headers every page carries, and the refusal of over-long addresses.</summary>
public static class SecurityHeaders
{
    /// <summary>The longest query string the portal reads; longer requests get 414 (a Vietnamese error page).</summary>
    public const int MaxQueryLength = 2048;

    // Scripts and styles only from the portal itself: no inline script, no CDN; charts draw on canvas.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers and the length check.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (context.Request.QueryString.Value is { Length: > MaxQueryLength })
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return;
        }

        await next(context);
    });
}
