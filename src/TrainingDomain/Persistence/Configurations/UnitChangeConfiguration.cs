using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Organization;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="UnitChange"/> to the <c>UnitChanges</c> table. A change has no identity in the model, so the table
/// has a generated shadow key; the predecessor and successor ids are primitive collections (JSON text on SQLite, a
/// <c>text[]</c> array on PostgreSQL).
/// </summary>
public sealed class UnitChangeConfiguration : IEntityTypeConfiguration<UnitChange>
{
    /// <summary>The name of the shadow key property (and column), in registry order.</summary>
    public const string KeyName = "Id";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<UnitChange> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property<int>(KeyName).ValueGeneratedOnAdd();
        builder.HasKey(KeyName);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.EffectiveDate);
        builder.PrimitiveCollection(c => c.PredecessorIds).IsRequired();
        builder.PrimitiveCollection(c => c.SuccessorIds).IsRequired();
        builder.Ignore(c => c.KeepsIdentity);
        builder.HasIndex(c => c.EffectiveDate);
    }
}
