using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Persistence.Configurations;

/// <summary>
/// Maps <see cref="CertificateRegister"/> to the <c>CertificateRegisters</c> table (one register per centre code and
/// year, under a shadow key) and its certificates to the owned <c>Certificates</c> table, which carries the register's
/// centre code and centre id, indexed. A register's sequence numbers and the verification codes are unique in the database too; the
/// issuing verdict is stored as JSON text. The shadow <see cref="VersionName"/> column is the register's optimistic
/// concurrency token, raised by <see cref="TrainingDbContext"/> on every save that changes the register or a
/// certificate, so that two contexts cannot both take the same next number.
/// </summary>
/// <remarks>
/// The domain's register knows its centre only by the code printed in its numbers (e.g. <c>KT</c>); the centre id is a
/// shadow column that whoever creates the register sets with <see cref="TrainingDbContext.SetCenter"/> (the certificate
/// use cases do), and that the context copies onto the register's certificates.
/// </remarks>
public sealed class CertificateRegisterConfiguration : IEntityTypeConfiguration<CertificateRegister>
{
    /// <summary>The name of the shadow key of <c>CertificateRegisters</c>.</summary>
    public const string IdName = "Id";

    /// <summary>The name of the shadow concurrency token of <c>CertificateRegisters</c>.</summary>
    public const string VersionName = "Version";

    /// <summary>The name of the foreign key from <c>Certificates</c> to <c>CertificateRegisters</c>.</summary>
    public const string RegisterIdName = "RegisterId";

    /// <summary>The name of the centre code column of <c>Certificates</c>, copied from the register.</summary>
    public const string CentreCodeName = nameof(CertificateRegister.CentreCode);

    /// <summary>The name of the shadow key of <c>Certificates</c>, numbered in the order saved.</summary>
    public const string RowIdName = "RowId";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CertificateRegister> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property<Guid>(IdName).ValueGeneratedOnAdd();
        builder.HasKey(IdName);
        builder.Property(r => r.CentreCode).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Year);
        builder.Property(r => r.NumberFormat).HasMaxLength(100).IsRequired();
        builder.Property<int>(VersionName).IsConcurrencyToken();
        builder.Ignore(r => r.NextSequence);
        builder.Property<string>(TrainingCenterConfiguration.CenterIdName).HasMaxLength(64).IsRequired();
        builder.HasIndex(TrainingCenterConfiguration.CenterIdName);
        builder.HasIndex(r => r.CentreCode);
        builder.HasIndex(r => new { r.CentreCode, r.Year }).IsUnique();

        builder.OwnsMany(r => r.Certificates, certificate =>
        {
            certificate.HasAnnotation(TrainingCenterConfiguration.TableNameAnnotation, "Certificates");
            certificate.WithOwner().HasForeignKey(RegisterIdName);
            certificate.Property<int>(RowIdName).ValueGeneratedOnAdd();
            certificate.HasKey(RowIdName);
            certificate.Property<string>(CentreCodeName).HasMaxLength(64).IsRequired();
            certificate.Property(c => c.Sequence);
            certificate.Property(c => c.Number).HasMaxLength(100).IsRequired();
            certificate.Property(c => c.EnrolmentId);
            certificate.Property(c => c.LearnerName).HasMaxLength(200).IsRequired();
            certificate.Property(c => c.IssuedOn);
            certificate.Property(c => c.VerificationCode).HasMaxLength(64).IsRequired();
            certificate.Property(c => c.Verdict).HasJsonConversion(DomainJson.WriteVerdict, DomainJson.ReadVerdict).IsRequired();
            certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
            certificate.Property(c => c.CancelledAt);
            certificate.Property(c => c.CancellationReason).HasMaxLength(500);
            certificate.Property(c => c.ReissueOf).HasMaxLength(100);
            certificate.Property(c => c.ReissuedAs).HasMaxLength(100);
            certificate.Property<string>(TrainingCenterConfiguration.CenterIdName).HasMaxLength(64).IsRequired();
            certificate.HasIndex(CentreCodeName);
            certificate.HasIndex(TrainingCenterConfiguration.CenterIdName);
            certificate.HasIndex(RegisterIdName, nameof(Certificate.Sequence)).IsUnique();
            certificate.HasIndex(c => c.VerificationCode).IsUnique();
            certificate.HasIndex(c => c.EnrolmentId);
        });
        builder.Navigation(r => r.Certificates).HasField("_certificates").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
