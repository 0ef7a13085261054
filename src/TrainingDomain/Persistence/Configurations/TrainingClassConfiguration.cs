using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Classes;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="TrainingClass"/> to the <c>TrainingClasses</c> table (indexed by centre) with its decisions as owned
/// columns, its timetable to <c>ClassSessions</c>, its nominations to <c>Nominations</c>, its enrolments to
/// <c>Enrollments</c>, their marks to <c>AttendanceMarks</c> and the mark changes to <c>AttendanceAuditEntries</c>:
/// owned child tables that all carry the class's centre id, indexed. Verdicts and learner profiles are stored with
/// their nomination or enrolment as JSON text (see the DTOs in <c>Persistence/Json</c>). The shadow
/// <see cref="VersionName"/> column is the class's optimistic concurrency token, raised by
/// <see cref="TrainingDbContext"/> on every save that changes the class or anything it owns.
/// </summary>
public sealed class TrainingClassConfiguration : IEntityTypeConfiguration<TrainingClass>
{
    /// <summary>The name of the shadow concurrency token of <c>TrainingClasses</c>.</summary>
    public const string VersionName = "Version";

    /// <summary>The name of the shadow key of the child tables whose rows have no id of their own.</summary>
    public const string RowIdName = "RowId";

    /// <summary>The name of the foreign key from the class's child tables to <c>TrainingClasses</c>.</summary>
    public const string ClassIdName = "TrainingClassId";

    /// <summary>The name of the foreign key from the marks and the audit trail to <c>Enrollments</c>.</summary>
    public const string EnrollmentIdName = nameof(AttendanceAuditEntry.EnrollmentId);

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
            session.Property<int>(RowIdName).ValueGeneratedOnAdd();
            session.HasKey(RowIdName);
            session.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            session.Property(s => s.Number);
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
            session.HasIndex(ClassIdName, nameof(ClassSession.Number)).IsUnique();
            session.HasIndex(s => s.LecturerId);
        });
        builder.Navigation(c => c.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.OwnsMany(c => c.Nominations, nomination =>
        {
            nomination.HasAnnotation(TableName, "Nominations");
            nomination.WithOwner().HasForeignKey(ClassIdName);
            nomination.HasKey(n => n.Id);
            nomination.Property(n => n.Id).ValueGeneratedNever();
            nomination.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            MapOrganization(nomination.OwnsOne(n => n.Organization));
            nomination.Navigation(n => n.Organization).IsRequired();
            nomination.Property(n => n.Learner).HasJsonConversion(DomainJson.WriteLearner, DomainJson.ReadLearner).IsRequired();
            nomination.Property(n => n.ReceivedOn);
            nomination.Property(n => n.Verdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
            nomination.Property(n => n.Status).HasConversion<string>().HasMaxLength(32);
            nomination.Property(n => n.RefusalReason).HasMaxLength(500);
            nomination.Property(n => n.EnrollmentId);
            nomination.HasIndex(CenterIdName);
            nomination.HasIndex(ClassIdName);
        });
        builder.Navigation(c => c.Nominations).HasField("_nominations").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.OwnsMany(c => c.Enrollments, enrollment =>
        {
            enrollment.HasAnnotation(TableName, "Enrollments");
            enrollment.WithOwner().HasForeignKey(ClassIdName);
            enrollment.HasKey(e => e.Id);
            enrollment.Property(e => e.Id).ValueGeneratedNever();
            enrollment.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            enrollment.Property(e => e.NominationId);
            enrollment.Property(e => e.Learner).HasJsonConversion(DomainJson.WriteLearner, DomainJson.ReadLearner).IsRequired();
            MapOrganization(enrollment.OwnsOne(e => e.Organization));
            enrollment.Navigation(e => e.Organization).IsRequired();
            enrollment.Property(e => e.EnrolledOn);
            enrollment.Property(e => e.Verdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
            enrollment.Property<List<Verdict>>("_earlierVerdicts")
                .HasAnnotation("Relational:ColumnName", "EarlierVerdicts")
                .HasJsonConversion(DomainJson.WriteVerdicts, DomainJson.ReadVerdicts)
                .IsRequired();
            enrollment.Ignore(e => e.EarlierVerdicts);
            enrollment.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
            enrollment.Property(e => e.WithdrawnOn);
            enrollment.Property(e => e.WithdrawalReason).HasMaxLength(500);
            enrollment.Property(e => e.Passed);
            enrollment.HasIndex(CenterIdName);
            enrollment.HasIndex(ClassIdName);
            enrollment.HasIndex(e => e.NominationId);

            enrollment.OwnsMany(e => e.Marks, mark =>
            {
                mark.HasAnnotation(TableName, "AttendanceMarks");
                mark.WithOwner().HasForeignKey(EnrollmentIdName);
                mark.Property<int>(RowIdName).ValueGeneratedOnAdd();
                mark.HasKey(RowIdName);
                mark.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
                mark.Property(m => m.SessionNumber);
                mark.Property(m => m.Mark).HasConversion<string>().HasMaxLength(32);
                mark.Property(m => m.Reason).HasMaxLength(500);
                mark.HasIndex(CenterIdName);
                mark.HasIndex(EnrollmentIdName, nameof(SessionAttendance.SessionNumber)).IsUnique();
            });
            enrollment.Navigation(e => e.Marks).HasField("_marks").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

            enrollment.OwnsMany(e => e.AttendanceAudit, audit =>
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
            enrollment.Navigation(e => e.AttendanceAudit).HasField("_audit").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        });
        builder.Navigation(c => c.Enrollments).HasField("_enrollments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    private static void MapDecision<TOwner>(OwnedNavigationBuilder<TOwner, ClassDecision> decision)
        where TOwner : class
    {
        decision.Property(d => d.Number).HasMaxLength(64).IsRequired();
        decision.Property(d => d.Date);
        decision.Property(d => d.Signer).HasMaxLength(200).IsRequired();
    }

    private static void MapOrganization<TOwner>(OwnedNavigationBuilder<TOwner, NominatingOrganization> organization)
        where TOwner : class
    {
        organization.Property(o => o.Id).HasMaxLength(64).IsRequired();
        organization.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        organization.Property(o => o.Name).HasMaxLength(200).IsRequired();
    }
}
