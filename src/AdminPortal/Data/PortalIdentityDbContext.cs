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
    }
}
