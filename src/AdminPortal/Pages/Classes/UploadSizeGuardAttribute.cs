using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Answers a post whose body is over the upload limit with the page itself (a redirect to it that names the size)
/// instead of the server's bare 413: the check runs on the declared length before anything reads the body, that is,
/// before the antiforgery check and model binding, which would otherwise fail on the oversized form.
/// </summary>
/// <remarks>
/// The limit is <c>Portal:MaxUploadRequestBytes</c> (30,000,000 bytes by default, Kestrel's own default) and is also set
/// as the request's body limit, so the server and the page agree. A file under it but over the nomination file limit
/// (<see cref="NominationFile.MaxBytes"/>) is refused by the page's own check with the file's name and size.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeGuardAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The request limit when none is configured: Kestrel's default.</summary>
    public const long DefaultRequestBytes = 30_000_000;

    /// <summary>The query parameter that carries the refused request's size back to the page.</summary>
    public const string QueryKey = "tooLarge";

    /// <summary>After authorisation (order 0), before the antiforgery check (order 1000).</summary>
    public int Order => 500;

    /// <summary>The request limit in force.</summary>
    /// <param name="services">The request's services.</param>
    /// <returns>The limit in bytes.</returns>
    public static long RequestLimit(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue<long?>("Portal:MaxUploadRequestBytes") ?? DefaultRequestBytes;

    /// <inheritdoc />
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = RequestLimit(http.RequestServices);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength is { } length && length > limit)
        {
            context.Result = new RedirectToPageResult(null, new { id = context.RouteData.Values["id"], tooLarge = length });
        }
    }
}
