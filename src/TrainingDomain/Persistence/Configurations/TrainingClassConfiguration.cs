using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Classes;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="TrainingClass"/> to the <c>TrainingClasses</c> table (indexed by centre) with its decisions as owned
/// columns, its timetable to the owned <c>ClassSessions</c>, its nominations to <c>Nominations</c>, its enrolments to
/// <c>Enrollments</c> (dependent entities of the class, saved and loaded with it), their marks to <c>AttendanceMarks</c> and the mark changes to <c>AttendanceAuditEntries</c>:
/// child tables that all carry the class's centre id, indexed. Verdicts and learner profiles are stored with
/// their nomination or enrolment as JSON text (see the DTOs in <c>Persistence/Json</c>). The shadow
/// <see cref="VersionName"/> column is the class's optimistic concurrency token, raised by
/// <see cref="TrainingDbContext"/> on every save that changes the class or anything it owns.
/// </summary>
public sealed class TrainingClassConfiguration
    : IEntityTypeConfiguration<TrainingClass>, IEntityTypeConfiguration<Nomination>, IEntityTypeConfiguration<Enrollment>
{
    /// <summary>The name of the shadow concurrency token of <c>TrainingClasses</c>.</summary>
    public const string VersionName = "Version";

    /// <summary>The name of the shadow key of the attendance audit trail, numbered in the order saved.</summary>
    public const string RowIdName = "RowId";

    /// <summary>The name of the foreign key from the class's child tables to <c>TrainingClasses</c>.</summary>
    public const string ClassIdName = "TrainingClassId";

    /// <summary>The name of the foreign key from the marks and the audit trail to <c>Enrollments</c>.</summary>
    public const string EnrollmentIdName = nameof(AttendanceAuditEntry.EnrollmentId);

    /// <summary>
    /// The name of the shadow column of <c>Enrollments</c> that holds the learner's name, citizen ID and nominating
    /// organisation folded for searching (<see cref="People.NameSearch.Fold"/>), written on every save.
    /// </summary>
    public const string SearchTextName = "SearchText";

    /// <summary>The name of the shadow column of <c>Enrollments</c> that copies the learner's citizen ID, to find a person's enrolments.</summary>
    public const string CitizenIdName = "LearnerCitizenId";

    private const string CenterIdName = TrainingCenterConfiguration.CenterIdName;
    private const string TableName = TrainingCenterConfiguration.TableNameAnnotation;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TrainingClass> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CenterId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ProgramCode).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Code).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Venue).HasMaxLength(200).IsRequired();
        builder.Property(c => c.PlannedStart);
        builder.Property(c => c.PlannedEnd);
        builder.Property(c => c.Capacity);
        builder.Property(c => c.PlanItemId);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.CancellationReason).HasMaxLength(500);
        builder.Property(c => c.CancelledOn);
        builder.Property<Verdict>(nameof(TrainingClass.OpeningVerdict)).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict);
        builder.Property<int>(VersionName).IsConcurrencyToken();
        builder.HasIndex(c => c.CenterId);
        builder.HasIndex(c => c.PlanItemId);
        builder.HasIndex(c => new { c.CenterId, c.Code }).IsUnique();
        builder.Ignore(c => c.AttendanceAudit);
        MapDecision(builder.OwnsOne(c => c.OpeningDecision));
        MapDecision(builder.OwnsOne(c => c.ApprovalDecision));

        builder.OwnsMany(c => c.Sessions, session =>
        {
            session.HasAnnotation(TableName, "ClassSessions");
            session.WithOwner().HasForeignKey(ClassIdName);
            // Keyed by class and number, so that the timetable loads in session order.
            session.HasKey(ClassIdName, nameof(ClassSession.Number));
            session.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            // Not generated: a session scheduled into a loaded class carries its number and must be inserted, not updated.
            session.Property(s => s.Number).ValueGeneratedNever();
            session.Property(s => s.HalfDay).HasConversion<string>().HasMaxLength(16);
            session.Property(s => s.TopicCode).HasMaxLength(32).IsRequired();
            session.Property(s => s.Periods);
            session.Property(s => s.LecturerId).HasMaxLength(64).IsRequired();
            session.OwnsOne(s => s.Slot, slot =>
            {
                slot.Property(t => t.Date);
                slot.Property(t => t.Start);
                slot.Property(t => t.End);
            });
            session.Navigation(s => s.Slot).IsRequired();
            session.HasIndex(CenterIdName);
            session.HasIndex(s => s.LecturerId);
        });
        builder.Navigation(c => c.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasMany(c => c.Nominations).WithOne().HasForeignKey(ClassIdName).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Nominations).HasField("_nominations").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Enrollments).WithOne().HasForeignKey(ClassIdName).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Enrollments).HasField("_enrollments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    /// <summary>
    /// Maps the class's nominations to <c>Nominations</c>: dependent rows of the class, reached only through it (an
    /// entity rather than an owned type so that the nominating organisation can be a complex property, which one list
    /// shares among its nominees).
    /// </summary>
    /// <param name="builder">The nomination's builder.</param>
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TableName, "Nominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
        MapOrganization(builder.ComplexProperty(n => n.Organization));
        builder.Property(n => n.Learner).HasJsonConversion(DomainJson.WriteLearner, DomainJson.ReadLearner).IsRequired();
        builder.Property(n => n.ReceivedOn);
        builder.Property(n => n.Verdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.RefusalReason).HasMaxLength(500);
        builder.Property(n => n.EnrollmentId);
        builder.Property(n => n.Sequence);
        builder.HasIndex(CenterIdName);
        builder.HasIndex(ClassIdName);
    }

    /// <summary>
    /// Maps the class's enrolments to <c>Enrollments</c> (dependent rows of the class, like nominations), their current
    /// marks to the owned <c>AttendanceMarks</c> table and every mark change to the owned <c>AttendanceAuditEntries</c>
    /// table, all carrying the class's centre id.
    /// </summary>
    /// <param name="builder">The enrolment's builder.</param>
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TableName, "Enrollments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.NominationId);
        builder.Property(e => e.Learner).HasJsonConversion(DomainJson.WriteLearner, DomainJson.ReadLearner).IsRequired();
        builder.Property<string>(SearchTextName).HasMaxLength(500).IsRequired();
        builder.Property<string?>(CitizenIdName).HasMaxLength(12);
        builder.HasIndex(CitizenIdName);
        MapOrganization(builder.ComplexProperty(e => e.Organization));
        builder.Property(e => e.EnrolledOn);
        builder.Property(e => e.Verdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
        builder.Property<List<Verdict>>("_earlierVerdicts")
            .HasAnnotation("Relational:ColumnName", "EarlierVerdicts")
            .HasJsonConversion(DomainJson.WriteVerdicts, DomainJson.ReadVerdicts)
            .IsRequired();
        builder.Ignore(e => e.EarlierVerdicts);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.WithdrawnOn);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(500);
        builder.Property(e => e.Passed);
        builder.Property(e => e.Sequence);
        builder.HasIndex(CenterIdName);
        builder.HasIndex(ClassIdName);
        builder.HasIndex(e => e.NominationId);

        builder.OwnsMany(e => e.Marks, mark =>
        {
            mark.HasAnnotation(TableName, "AttendanceMarks");
            mark.WithOwner().HasForeignKey(EnrollmentIdName);
            // Keyed by enrolment and session: one current mark per session, loaded in session order.
            mark.HasKey(EnrollmentIdName, nameof(SessionAttendance.SessionNumber));
            mark.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            mark.Property(m => m.SessionNumber).ValueGeneratedNever();
            mark.Property(m => m.Mark).HasConversion<string>().HasMaxLength(32);
            mark.Property(m => m.Reason).HasMaxLength(500);
            mark.HasIndex(CenterIdName);
        });
        builder.Navigation(e => e.Marks).HasField("_marks").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.OwnsMany(e => e.AttendanceAudit, audit =>
        {
            audit.HasAnnotation(TableName, "AttendanceAuditEntries");
            audit.WithOwner().HasForeignKey(a => a.EnrollmentId);
            audit.Property<int>(RowIdName).ValueGeneratedOnAdd();
            audit.HasKey(RowIdName);
            audit.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            audit.Property(a => a.SessionNumber);
            audit.Property(a => a.From).HasConversion<string>().HasMaxLength(32);
            audit.Property(a => a.To).HasConversion<string>().HasMaxLength(32);
            audit.Property(a => a.RecordedBy).HasMaxLength(200).IsRequired();
            audit.Property(a => a.RecordedAt);
            audit.Property(a => a.Why).HasMaxLength(500);
            audit.HasIndex(CenterIdName);
            audit.HasIndex(EnrollmentIdName, nameof(AttendanceAuditEntry.RecordedAt));
        });
        builder.Navigation(e => e.AttendanceAudit).HasField("_audit").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    private static void MapDecision<TOwner>(OwnedNavigationBuilder<TOwner, ClassDecision> decision)
        where TOwner : class
    {
        decision.Property(d => d.Number).HasMaxLength(64).IsRequired();
        decision.Property(d => d.Date);
        decision.Property(d => d.Signer).HasMaxLength(200).IsRequired();
    }

    // A complex property, not an owned one: an enrolment shares its nomination's organisation instance, and one list
    // nominates many learners.
    internal static void MapOrganization(ComplexPropertyBuilder<NominatingOrganization> organization)
    {
        organization.Property(o => o.Id).HasMaxLength(64).IsRequired();
        organization.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        organization.Property(o => o.Name).HasMaxLength(200).IsRequired();
    }
}
