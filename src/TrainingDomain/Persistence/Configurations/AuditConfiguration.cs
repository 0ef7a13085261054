using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Auditing;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps the audit trail: <see cref="AuditEntry"/> to <c>AuditEntries</c> (with a unique sequence number; indexed by
/// centre, by entity and by time) and <see cref="AuditChainHead"/> to <c>AuditChainHeads</c>, one row created by the
/// migration, under an optimistic concurrency version.
/// </summary>
public sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>, IEntityTypeConfiguration<AuditChainHead>
{
    /// <summary>The name of the chain head's shadow concurrency version.</summary>
    public const string VersionName = "Version";

    /// <summary>The name of an audit entry's shadow key.</summary>
    public const string IdName = "Id";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "AuditEntries");
        // Keyed by a generated id: entries are tracked before the save gives them their sequence numbers, which are
        // unique in the database too.
        builder.Property<Guid>(IdName).ValueGeneratedOnAdd();
        builder.HasKey(IdName);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.At);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.CenterId).HasMaxLength(64);
        builder.Property(e => e.From);
        builder.Property(e => e.To);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.Ignore(e => e.IsSealed);
        builder.HasIndex(e => e.CenterId);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.At);
    }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "AuditChainHeads");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastSequence);
        builder.Property(h => h.LastHash).HasMaxLength(64).IsRequired();
        builder.Property<int>(VersionName).IsConcurrencyToken();
        builder.HasData(new { Id = AuditChainHead.SingleId, LastSequence = 0L, LastHash = AuditEntry.GenesisHash, Version = 0 });
    }
}
