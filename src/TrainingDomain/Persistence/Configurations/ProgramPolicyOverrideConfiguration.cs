using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Programs;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>Maps <see cref="ProgramPolicyOverride"/> to the <c>ProgramPolicyOverrides</c> table, one row per province and programme.</summary>
public sealed class ProgramPolicyOverrideConfiguration : IEntityTypeConfiguration<ProgramPolicyOverride>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ProgramPolicyOverride> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(o => new { o.ProvinceUnitId, o.ProgramCode });
        builder.Property(o => o.ProvinceUnitId).HasMaxLength(64);
        builder.Property(o => o.ProgramCode).HasMaxLength(16);
        builder.Property(o => o.AttendanceThreshold).HasPrecision(5, 4);
        builder.Property(o => o.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(o => o.Values);
    }
}
