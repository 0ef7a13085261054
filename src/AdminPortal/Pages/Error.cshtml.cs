using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingDomain.AdminPortal.Pages;

/// <summary>The error page for unhandled errors and status codes.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status code being shown, if any.</summary>
    public int? ShownStatusCode { get; private set; }

    /// <summary>Shows the error.</summary>
    /// <param name="code">The status code from the status-code pages middleware.</param>
    public void OnGet(int? code) => ShownStatusCode = code;

    /// <summary>Shows the error of a refused form post (the status-code page re-executes with the request's method).</summary>
    /// <param name="code">The status code from the status-code pages middleware.</param>
    public void OnPost(int? code) => ShownStatusCode = code;
}
