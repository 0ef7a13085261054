using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Organization;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="CenterStaffing"/> (one per centre, keyed by centre id, under an optimistic concurrency version) to
/// the <c>CenterStaffings</c> table; its staff to <c>StaffMembers</c>, their appointments to <c>StaffAppointments</c>,
/// their terms as head of the Propaganda Department to <c>PropagandaHeadTerms</c> and the duty assignments to
/// <c>DutyAssignments</c>, all owned and all carrying the centre id, indexed. The duty catalogue is policy and is not
/// stored: a loaded staffing record checks against <see cref="DutyCatalog.Default"/>.
/// </summary>
public sealed class CenterStaffingConfiguration : IEntityTypeConfiguration<CenterStaffing>
{
    /// <summary>The name of the shadow concurrency version of a staffing record.</summary>
    public const string VersionName = "Version";

    private const string CenterIdName = TrainingCenterConfiguration.CenterIdName;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CenterStaffing> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "CenterStaffings");
        builder.HasKey(s => s.CenterId);
        builder.Property(s => s.CenterId).HasMaxLength(64);
        builder.Property(s => s.CenterName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.CenterValidFrom);
        builder.Property(s => s.CenterValidTo);
        builder.Property<int>(VersionName).IsConcurrencyToken();
        builder.Ignore(s => s.Catalog);

        builder.OwnsMany(s => s.Staff, staff =>
        {
            staff.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "StaffMembers");
            staff.WithOwner().HasForeignKey(CenterIdName);
            staff.HasKey(CenterIdName, nameof(StaffMember.Id));
            staff.Property(m => m.Id).HasMaxLength(64);
            staff.Property(m => m.FullName).HasMaxLength(200).IsRequired();
            staff.HasIndex(CenterIdName);
            staff.OwnsMany(m => m.Appointments, appointment =>
            {
                appointment.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "StaffAppointments");
                appointment.WithOwner().HasForeignKey(CenterIdName, "StaffId");
                appointment.Property<int>("Id").ValueGeneratedOnAdd();
                appointment.HasKey("Id");
                appointment.Property(a => a.Position).HasConversion<string>().HasMaxLength(32);
                appointment.Property(a => a.ValidFrom);
                appointment.Property(a => a.ValidTo);
                appointment.HasIndex(CenterIdName);
            });
            staff.Navigation(m => m.Appointments).HasField("_appointments").UsePropertyAccessMode(PropertyAccessMode.Field);
            staff.OwnsMany(m => m.PropagandaHeadTerms, term =>
            {
                term.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "PropagandaHeadTerms");
                term.WithOwner().HasForeignKey(CenterIdName, "StaffId");
                term.Property<int>("Id").ValueGeneratedOnAdd();
                term.HasKey("Id");
                term.Property(t => t.ValidFrom);
                term.Property(t => t.ValidTo);
                term.HasIndex(CenterIdName);
            });
            staff.Navigation(m => m.PropagandaHeadTerms).HasField("_propagandaHeadTerms").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(s => s.Staff).HasField("_staff").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(s => s.DutyAssignments, assignment =>
        {
            assignment.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "DutyAssignments");
            assignment.WithOwner().HasForeignKey(CenterIdName);
            assignment.Property<int>("Id").ValueGeneratedOnAdd();
            assignment.HasKey("Id");
            assignment.Property(a => a.DutyCode).HasMaxLength(64).IsRequired();
            assignment.Property(a => a.StaffId).HasMaxLength(64).IsRequired();
            assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(32);
            assignment.Property(a => a.ValidFrom);
            assignment.Property(a => a.ValidTo);
            assignment.HasIndex(CenterIdName);
            assignment.HasIndex(CenterIdName, nameof(DutyAssignment.DutyCode));
        });
        builder.Navigation(s => s.DutyAssignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
