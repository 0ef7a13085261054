using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime.Text;

namespace TrainingDomain.Auditing;

/// <summary>
/// One entry of the append-only audit trail: who changed what, when, from what to what, and why. Entries form a hash
/// chain: each carries the hash of the one before it and a hash of its own content and that link, so that changing,
/// removing or reordering a stored entry breaks the chain at that entry (<see cref="AuditTrail.VerifyAsync"/>).
/// </summary>
/// <remarks>
/// The sequence number and both hashes are set when the entry is saved (<see cref="Persistence.TrainingDbContext"/>
/// seals pending entries under a lock on the chain inside the save's transaction). Times are kept to the microsecond,
/// the precision every supported database stores, so that a stored entry hashes as it did when it was written.
/// </remarks>
public sealed class AuditEntry
{
    /// <summary>The hash a chain's first entry links to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Creates an unsealed entry.</summary>
    /// <param name="at">When the change was made (kept to the microsecond).</param>
    /// <param name="actor">Who made it (user name).</param>
    /// <param name="action">What was done, e.g. <c>Enrollment.Enrolled</c>.</param>
    /// <param name="entityType">The kind of record changed, e.g. <c>Enrollment</c>.</param>
    /// <param name="entityId">The id of the record changed.</param>
    /// <param name="centerId">The centre whose data changed; null for province-wide data.</param>
    /// <param name="from">The value before, as text; null for a creation.</param>
    /// <param name="to">The value after, as text; null for a removal.</param>
    /// <param name="reason">Why, when a reason was given.</param>
    /// <exception cref="ArgumentException">When the actor, action, entity type or entity id is blank.</exception>
    public AuditEntry(Instant at, string actor, string action, string entityType, string entityId, string? centerId, string? from, string? to, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        var ticks = at.ToUnixTimeTicks();
        At = Instant.FromUnixTimeTicks(ticks - (ticks % 10));
        Actor = actor.Trim();
        Action = action.Trim();
        EntityType = entityType.Trim();
        EntityId = entityId.Trim();
        CenterId = string.IsNullOrWhiteSpace(centerId) ? null : centerId.Trim();
        From = from;
        To = to;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    // For EF Core.
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>The entry's place in the chain, from 1 with no gaps; 0 until saved.</summary>
    public long Sequence { get; private set; }

    /// <summary>When the change was made.</summary>
    public Instant At { get; private set; }

    /// <summary>Who made the change.</summary>
    public string Actor { get; private set; }

    /// <summary>What was done, e.g. <c>Enrollment.Enrolled</c>, <c>Certificate.Cancelled</c>.</summary>
    public string Action { get; private set; }

    /// <summary>The kind of record changed.</summary>
    public string EntityType { get; private set; }

    /// <summary>The id of the record changed.</summary>
    public string EntityId { get; private set; }

    /// <summary>The centre whose data changed; null for province-wide data.</summary>
    public string? CenterId { get; private set; }

    /// <summary>The value before the change, as text.</summary>
    public string? From { get; private set; }

    /// <summary>The value after the change, as text.</summary>
    public string? To { get; private set; }

    /// <summary>The reason given for the change.</summary>
    public string? Reason { get; private set; }

    /// <summary>The hash of the entry before this one (<see cref="GenesisHash"/> for the first).</summary>
    public string PreviousHash { get; private set; }

    /// <summary>The SHA-256 hash (lower-case hex) of this entry's content and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; private set; }

    /// <summary>Whether the entry has been given its place in the chain.</summary>
    public bool IsSealed => Sequence > 0;

    /// <summary>The hash this entry's content and link should have; equal to <see cref="Hash"/> unless it was tampered with.</summary>
    /// <returns>The lower-case hex SHA-256.</returns>
    public string ComputeHash()
    {
        // Every field is written with its length, so that no two different entries serialise alike.
        var text = new StringBuilder();
        Append(text, Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, InstantPattern.ExtendedIso.Format(At));
        Append(text, Actor);
        Append(text, Action);
        Append(text, EntityType);
        Append(text, EntityId);
        Append(text, CenterId);
        Append(text, From);
        Append(text, To);
        Append(text, Reason);
        Append(text, PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        static void Append(StringBuilder text, string? value) =>
            text.Append(value is null ? "-1" : value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Action} {EntityType} {EntityId} by {Actor}";

    internal void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }
}
