using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;

namespace TrainingDomain.Auditing;

/// <summary>Reads and verifies the stored audit trail.</summary>
/// <example>
/// <code>
/// var check = await new AuditTrail(db).VerifyAsync();
/// if (!check.IsIntact) Console.WriteLine($"Entry {check.FirstBrokenSequence}: {check.Problem}");
/// </code>
/// </example>
public sealed class AuditTrail
{
    private readonly TrainingDbContext _db;

    /// <summary>Creates a reader over a context.</summary>
    /// <param name="db">The context.</param>
    public AuditTrail(TrainingDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The entries about one record, oldest first.</summary>
    /// <param name="entityType">The kind of record, e.g. <c>Enrollment</c>.</param>
    /// <param name="entityId">Its id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entries.</returns>
    public async Task<IReadOnlyList<AuditEntry>> ForAsync(string entityType, string entityId, CancellationToken cancellationToken = default) =>
        await _db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Walks the whole chain in order (streaming, so memory stays flat) and reports the first entry that does not hold:
    /// a hash that does not match the entry's content (the entry was changed), a link to a hash that is not the previous
    /// entry's (an entry before it was changed or removed), or a gap or repeat in the sequence numbers, or a chain that
    /// ends before the last number the chain head recorded (entries removed from the end).
    /// </summary>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The outcome.</returns>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long checkedCount = 0;
        long expected = 1;
        var previousHash = AuditEntry.GenesisHash;
        await foreach (var entry in _db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (entry.Sequence != expected)
            {
                return new(checkedCount, entry.Sequence,
                    $"Mục nhật ký số {entry.Sequence} đứng sau mục {expected - 1}: thiếu {(entry.Sequence > expected ? $"mục {expected}" : "thứ tự")} (có mục đã bị xóa hoặc chèn).");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new(checkedCount, entry.Sequence,
                    $"Mục nhật ký số {entry.Sequence} không nối với mục {entry.Sequence - 1}: mục trước đã bị sửa hoặc thay thế.");
            }

            if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
            {
                return new(checkedCount, entry.Sequence,
                    $"Mục nhật ký số {entry.Sequence} ({entry.Action} {entry.EntityType} {entry.EntityId}) đã bị sửa sau khi ghi: mã băm không khớp nội dung.");
            }

            previousHash = entry.Hash;
            expected++;
        }

        var head = await _db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingleId, cancellationToken);
        if (head is not null && (head.LastSequence != expected - 1 || !string.Equals(head.LastHash, previousHash, StringComparison.Ordinal)))
        {
            return new(checkedCount, expected,
                $"Nhật ký dừng ở mục {expected - 1} nhưng đã ghi đến mục {head.LastSequence}: các mục cuối đã bị xóa hoặc sửa.");
        }

        return new(checkedCount, null, null);
    }
}
