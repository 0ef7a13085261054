using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace TrainingDomain.AdminPortal.Api;

/// <summary>Refusals of the API as problem details in the request's language, never an HTML page or a redirect.</summary>
public static class ApiProblems
{
    /// <summary>Writes a problem response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status code.</param>
    /// <param name="titleKey">The resource key of the title.</param>
    /// <returns>A task.</returns>
    public static Task WriteAsync(HttpContext context, int status, string titleKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = localizer[titleKey] }, options: null, contentType: "application/problem+json");
    }
}
