using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace TrainingDomain.AdminPortal.Security;

/// <summary>Identity's errors in the portal's language (Vietnamese unless English was asked for).</summary>
/// <param name="localizer">The portal's strings.</param>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    /// <inheritdoc />
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);

    /// <inheritdoc />
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), userName);

    /// <inheritdoc />
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");

    /// <inheritdoc />
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail), userName ?? "");

    /// <inheritdoc />
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    /// <inheritdoc />
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));

    /// <inheritdoc />
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    /// <inheritdoc />
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = localizer["Identity." + code, arguments] };
}
