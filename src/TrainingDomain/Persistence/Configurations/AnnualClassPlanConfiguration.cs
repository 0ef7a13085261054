using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Classes;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="AnnualClassPlan"/> to the <c>AnnualClassPlans</c> table (one plan per centre and year) with its
/// approval as owned columns, and its items to the owned <c>PlanItems</c> table, which carries the plan's centre id,
/// indexed.
/// </summary>
public sealed class AnnualClassPlanConfiguration : IEntityTypeConfiguration<AnnualClassPlan>
{
    /// <summary>The name of the foreign key from <c>PlanItems</c> to <c>AnnualClassPlans</c>.</summary>
    public const string PlanIdName = "PlanId";

    private const string CenterIdName = TrainingCenterConfiguration.CenterIdName;

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AnnualClassPlan> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CenterId).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Year);
        builder.HasIndex(p => p.CenterId);
        builder.HasIndex(p => new { p.CenterId, p.Year }).IsUnique();
        builder.OwnsOne(p => p.Approval, approval =>
        {
            approval.Property(a => a.DecisionNumber).HasMaxLength(64).IsRequired();
            approval.Property(a => a.DecidedOn);
            approval.Property(a => a.ApprovedBy).HasMaxLength(200).IsRequired();
        });
        builder.OwnsMany(p => p.Items, item =>
        {
            item.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "PlanItems");
            item.WithOwner().HasForeignKey(PlanIdName);
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property<string>(CenterIdName).HasMaxLength(64).IsRequired();
            item.Property(i => i.ProgramCode).HasMaxLength(32).IsRequired();
            item.Property(i => i.Quarter);
            item.Property(i => i.PlannedClasses);
            item.Property(i => i.PlannedLearnerTurns);
            item.HasIndex(CenterIdName);
            item.HasIndex(PlanIdName, nameof(PlanItem.ProgramCode), nameof(PlanItem.Quarter)).IsUnique();
        });
        builder.Navigation(p => p.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
