using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Organization;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="TrainingCenter"/> to the <c>TrainingCenters</c> table and its service areas, an owned collection,
/// to the <c>CenterServiceAreas</c> child table keyed by centre id.
/// </summary>
public sealed class TrainingCenterConfiguration : IEntityTypeConfiguration<TrainingCenter>
{
    /// <summary>The name of the centre id column of every table that holds a centre's data.</summary>
    public const string CenterIdName = "CenterId";

    /// <summary>The annotation that relational providers read a table name from (what <c>ToTable</c> sets).</summary>
    public const string TableNameAnnotation = "Relational:TableName";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TrainingCenter> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.GoverningCommittee).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ValidFrom);
        builder.Property(c => c.ValidTo);
        builder.HasIndex(c => new { c.ValidFrom, c.ValidTo });
        builder.OwnsMany(c => c.ServiceAreas, area =>
        {
            // ToTable lives in EF Core's relational package, which the library does not reference; this is the
            // annotation it sets.
            area.HasAnnotation(TableNameAnnotation, "CenterServiceAreas");
            area.WithOwner().HasForeignKey(CenterIdName);
            area.Property<int>("Id").ValueGeneratedOnAdd();
            area.HasKey("Id");
            area.Property(a => a.UnitId).HasMaxLength(64).IsRequired();
            area.Property(a => a.ValidFrom);
            area.Property(a => a.ValidTo);
            area.HasIndex(CenterIdName);
            area.HasIndex(a => a.UnitId);
        });
        builder.Navigation(c => c.ServiceAreas).HasField("_serviceAreas").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
