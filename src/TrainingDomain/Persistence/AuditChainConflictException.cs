using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.Persistence;

/// <summary>
/// A save lost the race to extend the audit chain: another save appended entries since this one read the chain's head
/// (the database refused the repeated sequence number, or the head's version had moved). Nothing was saved; run the
/// change again (the use cases do so on their own).
/// </summary>
public sealed class AuditChainConflictException : DbUpdateConcurrencyException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="innerException">The database's refusal.</param>
    public AuditChainConflictException(Exception innerException)
        : base("Another save extended the audit trail since this one read its head; run the change again.", innerException)
    {
    }
}
