using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Organization;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>Maps <see cref="AdministrativeUnit"/> to the <c>AdministrativeUnits</c> table, one row per incarnation.</summary>
public sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(64);
        builder.Property(u => u.GsoCode).HasMaxLength(16).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.ValidFrom);
        builder.Property(u => u.ValidTo);
        builder.Property(u => u.ParentId).HasMaxLength(64);
        builder.Ignore(u => u.Tier);
        builder.Ignore(u => u.UnitName);
        builder.Ignore(u => u.DisplayName);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.GsoCode);
        builder.HasIndex(u => new { u.ValidFrom, u.ValidTo });
    }
}
