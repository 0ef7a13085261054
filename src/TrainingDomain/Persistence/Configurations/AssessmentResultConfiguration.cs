using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="AssessmentResult"/> to the <c>AssessmentResults</c> table, keyed by enrolment and kind (one final
/// paper and one test result per enrolment), with a shadow centre id (<see cref="CenterIdName"/>, indexed). The score
/// is stored as a number with one decimal (<c>7.5</c>), the attendance standing the result was recorded against as
/// columns of the row (<c>Attendance_PlannedPeriods</c>, ...), and the attendance verdict, override included, as JSON
/// text (see <c>Persistence/Json</c>).
/// </summary>
/// <remarks>
/// The domain knows a result only by its enrolment, so <see cref="CenterIdName"/> is stamped by the code that records
/// it: <c>db.Entry(result).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = trainingClass.CenterId</c>
/// before saving; it is required, so a result saved without it is refused by the database. There is no foreign key to
/// <c>Enrollments</c> (as for certificates): the result is its own aggregate and the use case that records it checks
/// the enrolment.
/// </remarks>
public sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    /// <summary>The name of the shadow centre id column, stamped by the code that records the result.</summary>
    public const string CenterIdName = TrainingCenterConfiguration.CenterIdName;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AssessmentResult> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "AssessmentResults");
        builder.HasKey(r => new { r.EnrolmentId, r.Kind });
        builder.Property(r => r.EnrolmentId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Score).HasConversion(s => s.Value, v => Score.Of(v)).HasPrecision(3, 1);
        builder.Property(r => r.Classification).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.GradingPolicyVersion);
        builder.ComplexProperty(r => r.Attendance, MapStanding);
        builder.Property(r => r.AttendanceVerdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
        builder.Property(r => r.AssessedOn);
        builder.Ignore(r => r.IsPassing);
        builder.Ignore(r => r.AttendanceOverride);
        builder.Ignore(r => r.AttendanceAccepted);
        builder.HasIndex(CenterIdName);
    }

    private static void MapStanding(ComplexPropertyBuilder<AttendanceStanding> standing)
    {
        standing.Property(s => s.PlannedPeriods);
        standing.Property(s => s.AttendedPeriods);
        standing.Property(s => s.RemainingPeriods);
        standing.Property(s => s.Threshold).HasPrecision(5, 4);
        standing.Ignore(s => s.Rate);
        standing.Ignore(s => s.BestReachableRate);
        standing.Ignore(s => s.CanStillPass);
        standing.Ignore(s => s.MeetsThreshold);
    }
}
