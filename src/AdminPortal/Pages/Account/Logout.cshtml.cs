using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingDomain.AdminPortal.Data;

namespace TrainingDomain.AdminPortal.Pages.Account;

/// <summary>Signs the user out (POST only, with the antiforgery token).</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn) : PageModel
{
    /// <summary>A plain visit signs nobody out.</summary>
    /// <returns>A redirect to the home page.</returns>
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Signs out and goes to the home page.</summary>
    /// <returns>A redirect.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
