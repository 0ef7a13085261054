using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>
/// The portal's accounts and roles (ASP.NET Core Identity), in the same database as the training data but with a
/// migration history of their own. Each provider has a subclass that owns its migration set.
/// </summary>
public abstract class PortalIdentityDbContext : IdentityDbContext<PortalUser>
{
    /// <summary>The migrations history table of the portal's own migrations (the library keeps the default one).</summary>
    public const string HistoryTable = "__PortalMigrationsHistory";

    /// <summary>Creates the context.</summary>
    /// <param name="options">The provider's options.</param>
    protected PortalIdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The API keys issued by province admins.</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.CenterId).HasMaxLength(64);
            user.Property(u => u.LecturerId).HasMaxLength(64);
        });
        builder.Entity<ApiKey>(key =>
        {
            key.ToTable("PortalApiKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(100).IsRequired();
            key.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
            key.HasIndex(k => k.Prefix).IsUnique();
            key.Property(k => k.Hash).HasMaxLength(64).IsRequired();
            key.Property(k => k.Role).HasMaxLength(32).IsRequired();
            key.Property(k => k.CenterId).HasMaxLength(64);
            key.Property(k => k.CreatedBy).HasMaxLength(256).IsRequired();
            key.Property(k => k.RevokedBy).HasMaxLength(256);
        });
    }
}
