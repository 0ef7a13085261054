using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Pages.Users;

/// <summary>Creates an account with a role and, for centre roles, a centre (province admins only).</summary>
public sealed class CreateModel(UserManager<PortalUser> users, TrainingDbContext training, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public CreateInput Data { get; set; } = new();

    /// <summary>The centres to choose from (id, name).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Centers { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => await LoadCentersAsync();

    /// <summary>Creates the account.</summary>
    /// <returns>A redirect to the list, or the form with its errors next to the fields.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCentersAsync();
        var role = Data.Role;
        if (role is not null && !PortalRoles.All.Contains(role))
        {
            ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.Role)}", localizer["RoleUnknown"]);
        }

        if (role is not null && PortalRoles.IsCenterBound(role))
        {
            if (string.IsNullOrWhiteSpace(Data.CenterId))
            {
                ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.CenterId)}", localizer["CenterRequiredForRole"]);
            }
            else if (Centers.All(c => c.Key != Data.CenterId))
            {
                ModelState.AddModelError($"{nameof(Data)}.{nameof(Data.CenterId)}", localizer["CenterUnknown"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new PortalUser
        {
            UserName = Data.Email!.Trim(),
            Email = Data.Email.Trim(),
            EmailConfirmed = true,
            FullName = Data.FullName!.Trim(),
            CenterId = PortalRoles.IsCenterBound(role!) ? Data.CenterId : null,
            LecturerId = role == PortalRoles.Lecturer && !string.IsNullOrWhiteSpace(Data.LecturerId) ? Data.LecturerId.Trim() : null,
        };
        var created = await users.CreateAsync(user, Data.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Data.Password) : nameof(Data.Email);
                ModelState.AddModelError($"{nameof(Data)}.{field}", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, role!);
        TempData["Message"] = string.Format(localizer["UserCreated"], user.Email);
        return RedirectToPage("Index");
    }

    private async Task LoadCentersAsync() =>
        Centers = (await training.TrainingCenters.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted))
            .OrderBy(c => c.Name, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .Select(c => KeyValuePair.Create(c.Id, c.Name))
            .ToList();

    /// <summary>The new account.</summary>
    public sealed class CreateInput
    {
        /// <summary>The e-mail, also the user name.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [EmailAddress(ErrorMessage = "EmailInvalid")]
        [StringLength(256, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        /// <summary>The full name.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(200, ErrorMessage = "FieldTooLong")]
        [Display(Name = "FullName")]
        public string? FullName { get; set; }

        /// <summary>The first password.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [StringLength(128, ErrorMessage = "FieldTooLong")]
        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        /// <summary>The role.</summary>
        [Required(ErrorMessage = "FieldRequired")]
        [Display(Name = "Role")]
        public string? Role { get; set; }

        /// <summary>The centre, for centre roles.</summary>
        [Display(Name = "Centre")]
        public string? CenterId { get; set; }

        /// <summary>The lecturer record, for lecturers.</summary>
        [StringLength(64, ErrorMessage = "FieldTooLong")]
        [Display(Name = "LecturerId")]
        public string? LecturerId { get; set; }
    }
}
