using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// Answers a post whose body is over the upload limit with the page itself (a redirect to it that names the size)
/// instead of the server's bare 413: the check runs on the declared length before the antiforgery check and model
/// binding, which would otherwise fail on the oversized form. The refused body is read and discarded (up to 256 MB) so
/// that the browser, which sends the whole file before reading an answer, receives the redirect rather than a reset.
/// </summary>
/// <remarks>
/// The limit is <c>Portal:MaxUploadRequestBytes</c> (30,000,000 bytes by default, Kestrel's own default) and is also set
/// as the request's body limit, so the server and the page agree. A file under it but over the nomination file limit
/// (<see cref="NominationFile.MaxBytes"/>) is refused by the page's own check with the file's name and size.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeGuardAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The request limit when none is configured: Kestrel's default.</summary>
    public const long DefaultRequestBytes = 30_000_000;

    /// <summary>The query parameter that carries the refused request's size back to the page.</summary>
    public const string QueryKey = "tooLarge";

    // A refused upload is read to its end and thrown away (a browser that is cut off mid-upload shows a connection
    // error instead of the answer); beyond this the connection is simply closed after the answer.
    private const long DrainCeiling = 256L * 1024 * 1024;

    /// <summary>After authorisation (order 0), before the antiforgery check (order 1000).</summary>
    public int Order => 500;

    /// <summary>The request limit in force.</summary>
    /// <param name="services">The request's services.</param>
    /// <returns>The limit in bytes.</returns>
    public static long RequestLimit(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue<long?>("Portal:MaxUploadRequestBytes") ?? DefaultRequestBytes;

    /// <inheritdoc />
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = RequestLimit(http.RequestServices);
        var length = http.Request.ContentLength;
        var tooLarge = length is { } declared && declared > limit;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = tooLarge && length <= DrainCeiling ? null : limit;
        }

        if (!tooLarge)
        {
            return;
        }

        if (length <= DrainCeiling)
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }

        context.Result = new RedirectToPageResult(null, new { id = context.RouteData.Values["id"], tooLarge = length });
    }
}
