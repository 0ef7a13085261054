using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;

namespace TrainingDomain.AdminPortal.Pages.Account;

/// <summary>Signs a user in by e-mail and password; repeated failures lock the account for a while.</summary>
public sealed class LoginModel(SignInManager<PortalUser> signIn, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public LoginInput Data { get; set; } = new();

    /// <summary>Where to go after signing in (a local address only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password and signs in.</summary>
    /// <returns>A redirect, or the form with a message.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Data.Email!.Trim(), Data.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Content(await HomeOfAsync(Data.Email!.Trim())));
        }

        ModelState.AddModelError("", result.IsLockedOut ? localizer["LoginLockedOut"] : localizer["LoginFailed"]);
        return Page();
    }

    // Without a return address, each user lands on the first page they may use: the dashboard for administrators and
    // auditors, a lecturer's own sessions for a lecturer, the home page otherwise.
    private async Task<string> HomeOfAsync(string email)
    {
        if (await signIn.UserManager.FindByEmailAsync(email) is not { } user)
        {
            return "~/";
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        if ((await authorization.AuthorizeAsync(principal, Policies.Reports)).Succeeded)
        {
            return "~/Dashboard";
        }

        return (await authorization.AuthorizeAsync(principal, Policies.Lecturer)).Succeeded ? "~/Lecturer/MySessions" : "~/";
    }

    /// <summary>The login form.</summary>
    public sealed class LoginInput
    {
        /// <summary>The e-mail address.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(256, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        /// <summary>The password.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(128, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
