using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>The accounts on PostgreSQL (migrations in Data/Migrations/Postgres).</summary>
/// <param name="options">The options.</param>
public sealed class PostgresPortalIdentityDbContext(DbContextOptions<PostgresPortalIdentityDbContext> options) : PortalIdentityDbContext(options);
