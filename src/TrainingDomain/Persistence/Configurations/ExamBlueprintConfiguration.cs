using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="ExamBlueprint"/> to the <c>ExamBlueprints</c> table under a shadow key (<see cref="IdName"/>),
/// indexed by programme; its cells are owned by the blueprint and stored with it as one JSON text column
/// (<c>Cells</c>).
/// </summary>
/// <remarks>
/// <para>
/// The cells are JSON rather than an owned table because their order is part of the blueprint: the generator draws
/// cell by cell from one seeded stream, so the same seed gives the same paper only if the cells come back in the order
/// given. Rows of an owned table come back in no guaranteed order, and a <see cref="BlueprintCell"/> is a record whose
/// equality a stored sequence would change.
/// </para>
/// <para>
/// A blueprint names a programme, not a centre: like the questions it is province-wide reference data and the table
/// carries no centre id.
/// </para>
/// </remarks>
public sealed class ExamBlueprintConfiguration : IEntityTypeConfiguration<ExamBlueprint>
{
    /// <summary>The name of the shadow key of <c>ExamBlueprints</c> (the domain type has no id).</summary>
    public const string IdName = "Id";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ExamBlueprint> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "ExamBlueprints");
        builder.Property<Guid>(IdName).ValueGeneratedOnAdd();
        builder.HasKey(IdName);
        builder.Property(b => b.ProgramCode).HasMaxLength(32).IsRequired();
        builder.Property(b => b.EssayCount);
        builder.Property<List<BlueprintCell>>("_cells")
            .HasAnnotation("Relational:ColumnName", nameof(ExamBlueprint.Cells))
            .HasJsonConversion(DomainJson.WriteCells, DomainJson.ReadCells)
            .IsRequired();
        builder.Ignore(b => b.Cells);
        builder.Ignore(b => b.QuestionCount);
        builder.HasIndex(b => b.ProgramCode);
    }
}
