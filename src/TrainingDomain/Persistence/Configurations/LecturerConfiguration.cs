using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Lecturers;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="Lecturer"/> to the <c>Lecturers</c> table (indexed by home centre), its recognition decisions to
/// the owned <c>LecturerRecognitions</c> table (which carries the lecturer's centre id, indexed) and its topics to a
/// primitive collection column. Bookings are not stored yet: they belong with the class sessions they point at and
/// arrive with the classes' persistence.
/// </summary>
public sealed class LecturerConfiguration : IEntityTypeConfiguration<Lecturer>
{
    /// <summary>The name of the shadow centre id column of <c>LecturerRecognitions</c>.</summary>
    public const string CenterIdName = TrainingCenterConfiguration.CenterIdName;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Lecturer> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasMaxLength(64);
        builder.Property(l => l.FullName).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.HomeCenterId).HasMaxLength(64).IsRequired();
        builder.Property(l => l.EducationLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.PoliticalTheoryLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.HasPedagogyCertificate);
        builder.PrimitiveCollection(l => l.Topics).HasField("_topics").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Ignore(l => l.LatestRecognition);
        builder.Ignore(l => l.Bookings);
        builder.HasIndex(l => l.HomeCenterId);
        builder.OwnsMany(l => l.Recognitions, recognition =>
        {
            recognition.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "LecturerRecognitions");
            recognition.WithOwner().HasForeignKey("LecturerId");
            recognition.Property<int>("Id").ValueGeneratedOnAdd();
            recognition.HasKey("Id");
            recognition.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            recognition.Property(r => r.DecisionNumber).HasMaxLength(64).IsRequired();
            recognition.Property(r => r.IssuedBy).HasMaxLength(200).IsRequired();
            recognition.Property(r => r.ValidFrom);
            recognition.Property(r => r.ValidTo);
            recognition.HasIndex(CenterIdName);
            recognition.HasIndex("LecturerId", nameof(RecognitionDecision.DecisionNumber)).IsUnique();
        });
        builder.Navigation(l => l.Recognitions).HasField("_recognitions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
