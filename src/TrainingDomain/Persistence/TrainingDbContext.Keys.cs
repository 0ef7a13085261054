using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TrainingDomain.Auditing;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Persistence.Configurations;

namespace TrainingDomain.Persistence;

// The centre and province keys every table of a centre's data carries, and the sealing of the audit chain.
public sealed partial class TrainingDbContext
{
    /// <summary>The name of the province id column of the centres and of every table that holds a centre's data.</summary>
    public const string ProvinceIdName = "ProvinceId";

    private readonly Dictionary<string, string?> _provinceOfCenter = new(StringComparer.Ordinal);
    private readonly List<AuditEntry> _pendingAudit = [];

    /// <summary>The audit trail (append-only; read it, never change it).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Sets the centre of a row whose domain type does not name its centre by id (a certificate register, which knows
    /// only the code printed in its numbers; an exam paper; an assessment result). The row must be tracked.
    /// </summary>
    /// <param name="entity">The tracked row.</param>
    /// <param name="centerId">The centre's id.</param>
    /// <exception cref="ArgumentException">When the row has no centre column or the id is blank.</exception>
    public void SetCenter(object entity, string centerId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        var entry = Entry(entity);
        if (entry.Metadata.FindProperty(TrainingCenterConfiguration.CenterIdName) is null)
        {
            throw new ArgumentException($"{entry.Metadata.DisplayName()} has no centre column.", nameof(entity));
        }

        entry.Property(TrainingCenterConfiguration.CenterIdName).CurrentValue = centerId.Trim();
    }

    /// <summary>
    /// Appends an entry to the audit trail with the next save: the save gives it its sequence number and hashes, in the
    /// same transaction as the change it records.
    /// </summary>
    /// <param name="entry">The unsealed entry.</param>
    /// <exception cref="ArgumentException">When the entry was already saved.</exception>
    public void RecordAudit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.IsSealed)
        {
            throw new ArgumentException("The entry is already part of the chain.", nameof(entry));
        }

        AuditEntries.Add(entry);
        _pendingAudit.Add(entry);
    }

    // Every entity type with a centre column gets an indexed province column beside it; the centres get theirs too.
    private static void AddProvinceKeys(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (CenterColumnOf(entityType) is null && entityType.ClrType != typeof(TrainingCenter))
            {
                continue;
            }

            var province = entityType.AddProperty(ProvinceIdName, typeof(string));
            province.SetMaxLength(64);
            province.IsNullable = true;
            entityType.AddIndex(province);
        }
    }

    private static string? CenterColumnOf(IReadOnlyTypeBase entityType) =>
        entityType.FindProperty(TrainingCenterConfiguration.CenterIdName) is not null ? TrainingCenterConfiguration.CenterIdName
        : entityType.ClrType == typeof(Lecturer) ? nameof(Lecturer.HomeCenterId)
        : null;

    // Rows being written get the province of their centre: the province a centre's first service area lies in.
    private void StampProvinces()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            var provinceProperty = entry.Metadata.FindProperty(ProvinceIdName);
            if (provinceProperty is null)
            {
                continue;
            }

            var province = entry.Entity is TrainingCenter center
                ? ProvinceOf(center)
                : CenterColumnOf(entry.Metadata) is { } column && entry.Property(column).CurrentValue is string centerId
                    ? ProvinceOfCenter(centerId)
                    : null;
            var current = entry.Property(ProvinceIdName);
            if (!Equals(current.CurrentValue, province))
            {
                current.CurrentValue = province;
            }
        }
    }

    private string? ProvinceOfCenter(string centerId)
    {
        if (_provinceOfCenter.TryGetValue(centerId, out var known))
        {
            return known;
        }

        var tracked = ChangeTracker.Entries<TrainingCenter>().FirstOrDefault(e => e.Entity.Id == centerId);
        var province = tracked is not null
            ? ProvinceOf(tracked.Entity)
            : TrainingCenters.AsNoTracking().Where(c => c.Id == centerId).Select(c => EF.Property<string?>(c, ProvinceIdName)).FirstOrDefault();
        _provinceOfCenter[centerId] = province;
        return province;
    }

    private string? ProvinceOf(TrainingCenter center)
    {
        var unitId = center.ServiceAreas.OrderBy(a => a.ValidFrom).FirstOrDefault()?.UnitId;
        for (var guard = 0; unitId is not null && guard < 8; guard++)
        {
            var unit = AdministrativeUnits.Find(unitId);
            if (unit is null)
            {
                return null;
            }

            if (unit.Tier == UnitTier.Province)
            {
                _provinceOfCenter[center.Id] = unit.Id;
                return unit.Id;
            }

            unitId = unit.ParentId;
        }

        return null;
    }

    // The trail is append-only; pending entries are sealed in the order recorded, continuing the stored chain.
    private void SealAudit()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<AuditChainHead>().Any(e => e.State == EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: an entry cannot be changed or removed.");
        }

        var pending = _pendingAudit.Where(e => !e.IsSealed && Entry(e).State == EntityState.Added).ToList();
        _pendingAudit.Clear();
        if (pending.Count == 0)
        {
            return;
        }

        var head = Set<AuditChainHead>().Find(AuditChainHead.SingleId)
                   ?? throw new InvalidOperationException("The audit chain head is missing; the database was not migrated.");
        foreach (var entry in pending)
        {
            head.Append(entry);
        }

        var version = Entry(head).Property<int>(AuditConfiguration.VersionName);
        version.CurrentValue = version.OriginalValue + 1;
    }
}
