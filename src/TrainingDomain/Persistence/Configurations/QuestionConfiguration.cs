using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Question"/> to the <c>Questions</c> table, indexed by programme and status; a multiple-choice
/// question's options are stored with it as one JSON text column (<c>Options</c>), which keeps their authoring order.
/// </summary>
/// <remarks>
/// <para>
/// Questions are province-wide reference data: the domain ties a question to a programme, never to a centre, so the
/// table carries no centre id (every centre of the province draws from the same bank).
/// </para>
/// <para>
/// <see cref="QuestionBank"/> is not stored as a table of its own: it has no state beyond its programme code and its
/// questions, so a bank is the programme's questions, loaded by
/// <see cref="TrainingDbContext.LoadQuestionBankAsync"/>. The bank's "order added" is not stored; a loaded bank holds
/// its questions in the database's id order, and the paper generator sorts its candidates by id itself. <see cref="Question.Version"/>
/// is the version of the wording, not a concurrency token: the shadow <see cref="RevisionName"/> column is, raised by
/// every save that changes the question, so that an edit made from a stale page (someone approved or revised the
/// question meanwhile) is refused instead of overwriting the other change.
/// </para>
/// </remarks>
public sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    /// <summary>The name of the column that holds a question's options as JSON.</summary>
    public const string OptionsName = nameof(Question.Options);

    /// <summary>The name of the shadow optimistic concurrency column, raised by every save that changes the question.</summary>
    public const string RevisionName = "Revision";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "Questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.ProgramCode).HasMaxLength(32).IsRequired();
        builder.Property(q => q.TopicCode).HasMaxLength(32).IsRequired();
        builder.Property(q => q.Difficulty).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Stem).HasMaxLength(4000).IsRequired();
        builder.Property<List<AnswerOption>>("_options")
            .HasAnnotation("Relational:ColumnName", OptionsName)
            .HasJsonConversion(DomainJson.WriteOptions, DomainJson.ReadOptions)
            .IsRequired();
        builder.Ignore(q => q.Options);
        builder.Property(q => q.CorrectKey).HasMaxLength(16);
        builder.Property(q => q.MarkingGuide).HasMaxLength(8000);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Version);
        builder.Property<int>(RevisionName).IsConcurrencyToken();
        builder.HasIndex(q => new { q.ProgramCode, q.Status });
    }
}
