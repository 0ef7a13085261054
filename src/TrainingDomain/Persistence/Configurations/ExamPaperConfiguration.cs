using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="ExamPaper"/> to the <c>ExamPapers</c> table under a shadow key (<see cref="IdName"/>), with a shadow
/// centre id (<see cref="CenterIdName"/>, indexed) and indexes on centre code and programme. The drawn question ids are a
/// primitive collection column (a JSON array, in blueprint order); the variants, each with its numbered items (the
/// question as printed, options in the variant's order, correct key, marking guide), are one JSON text column
/// (<c>Variants</c>) in code order. The answer keys are not stored separately: a variant derives its key from its items.
/// </summary>
/// <remarks>
/// <para>
/// The domain knows a paper's centre only by <see cref="ExamPaper.CentreCode"/> (e.g. <c>KT</c>). The
/// <see cref="CenterIdName"/> column, which every table of a centre's data carries, is therefore stamped by the code
/// that creates the paper: <c>db.Entry(paper).Property(ExamPaperConfiguration.CenterIdName).CurrentValue = centerId</c>
/// before saving. It is required, so a paper saved without it is refused by the database.
/// </para>
/// <para>
/// A paper is immutable once drawn, and its variants are only ever read whole, so they live with the paper's row rather
/// than in child tables (which would also need the centre id and an explicit order).
/// </para>
/// </remarks>
public sealed class ExamPaperConfiguration : IEntityTypeConfiguration<ExamPaper>
{
    /// <summary>The name of the shadow key of <c>ExamPapers</c> (the domain type has no id).</summary>
    public const string IdName = "Id";

    /// <summary>The name of the shadow centre id column, stamped by the code that creates the paper.</summary>
    public const string CenterIdName = TrainingCenterConfiguration.CenterIdName;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ExamPaper> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "ExamPapers");
        builder.Property<Guid>(IdName).ValueGeneratedOnAdd();
        builder.HasKey(IdName);
        builder.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
        builder.Property(p => p.ProgramCode).HasMaxLength(32).IsRequired();
        builder.Property(p => p.CentreCode).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Seed);
        builder.Property(p => p.GeneratedAt);
        builder.PrimitiveCollection(p => p.QuestionIds).HasField("_questionIds").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Property(p => p.ReusedQuestionCount);
        builder.Property<List<PaperVariant>>("_variants")
            .HasAnnotation("Relational:ColumnName", nameof(ExamPaper.Variants))
            .HasJsonConversion(DomainJson.WriteVariants, DomainJson.ReadVariants)
            .IsRequired();
        builder.Ignore(p => p.Variants);
        builder.HasIndex(CenterIdName);
        builder.HasIndex(p => new { p.CentreCode, p.ProgramCode, p.GeneratedAt });
    }
}
