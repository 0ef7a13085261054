using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Classes;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="NominatorListing"/> to the <c>NominatorListings</c> table: one row per centre and organisation code
/// (the key), with the organisation's kind and name as columns of the row (a complex property, as on nominations).
/// </summary>
public sealed class NominatorListingConfiguration : IEntityTypeConfiguration<NominatorListing>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<NominatorListing> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "NominatorListings");
        builder.Property(l => l.CenterId).HasMaxLength(64);
        builder.Property(l => l.OrganizationId).HasMaxLength(64);
        builder.HasKey(l => new { l.CenterId, l.OrganizationId });
        builder.Property(l => l.ListedFrom);
        builder.Property(l => l.ListedTo);
        builder.Property(l => l.EndReason).HasMaxLength(500);
        TrainingClassConfiguration.MapOrganization(builder.ComplexProperty(l => l.Organization));
        builder.HasIndex(l => l.CenterId);
    }
}
