using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>The accounts on SQLite (migrations in Data/Migrations/Sqlite).</summary>
/// <param name="options">The options.</param>
public sealed class SqlitePortalIdentityDbContext(DbContextOptions<SqlitePortalIdentityDbContext> options) : PortalIdentityDbContext(options);
