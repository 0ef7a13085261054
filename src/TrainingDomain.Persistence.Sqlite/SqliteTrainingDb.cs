using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.Persistence.Sqlite;

/// <summary>Builds <see cref="TrainingDbContext"/> options for SQLite, with this assembly's migrations.</summary>
public static class SqliteTrainingDb
{
    /// <summary>Options for a SQLite database, e.g. <c>Data Source=training.db</c>.</summary>
    /// <param name="connectionString">The SQLite connection string.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<TrainingDbContext> Options(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new DbContextOptionsBuilder<TrainingDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(typeof(SqliteTrainingDb).Assembly.GetName().Name)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .Options;
    }

    /// <summary>Opens a context and brings the database schema up to date (the one start-up call).</summary>
    /// <param name="connectionString">The SQLite connection string.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A context over the migrated database; the caller disposes it.</returns>
    public static async Task<TrainingDbContext> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var db = new TrainingDbContext(Options(connectionString));
        await db.Database.MigrateAsync(cancellationToken);
        return db;
    }
}
