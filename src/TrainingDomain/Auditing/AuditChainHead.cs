namespace TrainingDomain.Auditing;

/// <summary>
/// The one row that records where the audit chain ends. Every save that appends entries moves it under optimistic
/// concurrency, so two saves that append at once cannot both extend the chain from the same entry: the later one fails
/// with a concurrency conflict and is retried by the use case that made it.
/// </summary>
public sealed class AuditChainHead
{
    /// <summary>The id of the single row.</summary>
    public const int SingleId = 1;

    /// <summary>Creates the head of an empty chain.</summary>
    public AuditChainHead()
    {
        Id = SingleId;
        LastHash = AuditEntry.GenesisHash;
    }

    /// <summary>Always <see cref="SingleId"/>.</summary>
    public int Id { get; private set; }

    /// <summary>The sequence number of the last entry; 0 while the chain is empty.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The hash of the last entry; <see cref="AuditEntry.GenesisHash"/> while the chain is empty.</summary>
    public string LastHash { get; private set; }

    internal void Append(AuditEntry entry)
    {
        entry.Seal(LastSequence + 1, LastHash);
        LastSequence = entry.Sequence;
        LastHash = entry.Hash;
    }
}
