using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.Persistence;

/// <summary>
/// A save lost the race for a certificate register's next number: another save changed the register since it was
/// loaded. Reload the register and issue again (the use cases do so on their own).
/// </summary>
public sealed class RegisterConflictException : DbUpdateConcurrencyException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="innerException">The database's refusal.</param>
    public RegisterConflictException(Exception innerException)
        : base("A certificate register was changed by another save since it was loaded; reload it and issue again.", innerException)
    {
    }
}
