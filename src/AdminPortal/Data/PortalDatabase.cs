using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>
/// The one database the portal uses, from configuration: <c>Database:Provider</c> (Sqlite | Postgres) and
/// <c>ConnectionStrings:Training</c>. The training data goes through the library's provider projects; the accounts
/// through the provider's <see cref="PortalIdentityDbContext"/> subclass.
/// </summary>
public sealed class PortalDatabase
{
    /// <summary>The connection string used when none is configured (relative to the portal's content root).</summary>
    public const string DefaultSqlite = "Data Source=App_Data/training.db";

    private readonly Lazy<DbContextOptions<TrainingDbContext>> _training;
    private readonly Lazy<DbContextOptions> _identity;

    private PortalDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _training = new(() => provider == DatabaseProvider.Sqlite ? SqliteTrainingDb.Options(connectionString) : PostgresTrainingDb.Options(connectionString));
        _identity = new(() => provider == DatabaseProvider.Sqlite ? SqliteIdentityOptions(connectionString) : PostgresIdentityOptions(connectionString));
    }

    /// <summary>The provider.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string, with a relative SQLite file resolved against the content root.</summary>
    public string ConnectionString { get; }

    /// <summary>Reads the configuration; a relative SQLite file is placed under the content root and its folder created.</summary>
    /// <param name="configuration">The portal's configuration.</param>
    /// <param name="contentRoot">The content root.</param>
    /// <returns>The database.</returns>
    /// <exception cref="InvalidOperationException">When the provider is unknown or PostgreSQL has no connection string.</exception>
    public static PortalDatabase From(IConfiguration configuration, string contentRoot)
    {
        var name = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{name}'.");
        var connection = configuration.GetConnectionString("Training");
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Training (e.g. Host=localhost;Database=training;Username=...;Password=...).")
                : new PortalDatabase(provider, connection);
        }

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection);
        if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }

        if (Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new PortalDatabase(provider, sqlite.ToString());
    }

    /// <summary>The library context's options for this database.</summary>
    public DbContextOptions<TrainingDbContext> TrainingOptions => _training.Value;

    /// <summary>A new accounts context for this database.</summary>
    /// <returns>The context; the caller (or the DI scope) disposes it.</returns>
    public PortalIdentityDbContext CreateIdentityContext() => Provider == DatabaseProvider.Sqlite
        ? new SqlitePortalIdentityDbContext((DbContextOptions<SqlitePortalIdentityDbContext>)_identity.Value)
        : new PostgresPortalIdentityDbContext((DbContextOptions<PostgresPortalIdentityDbContext>)_identity.Value);

    /// <summary>Options of the SQLite accounts context.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<SqlitePortalIdentityDbContext> SqliteIdentityOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqlitePortalIdentityDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(PortalIdentityDbContext.HistoryTable))
            .Options;

    /// <summary>Options of the PostgreSQL accounts context.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<PostgresPortalIdentityDbContext> PostgresIdentityOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresPortalIdentityDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(PortalIdentityDbContext.HistoryTable))
            .Options;
}
