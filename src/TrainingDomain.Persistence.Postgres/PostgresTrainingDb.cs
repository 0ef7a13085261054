using Microsoft.EntityFrameworkCore;

namespace TrainingDomain.Persistence.Postgres;

/// <summary>
/// Builds <see cref="TrainingDbContext"/> options for PostgreSQL with NodaTime types mapped natively
/// (<c>UseNodaTime()</c>: a NodaTime <c>LocalDate</c> is a <c>date</c>), with this assembly's migrations.
/// </summary>
public static class PostgresTrainingDb
{
    /// <summary>Options for a PostgreSQL database.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<TrainingDbContext> Options(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new DbContextOptionsBuilder<TrainingDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime()
                .MigrationsAssembly(typeof(PostgresTrainingDb).Assembly.GetName().Name)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .Options;
    }

    /// <summary>Opens a context and brings the database schema up to date (the one start-up call).</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A context over the migrated database; the caller disposes it.</returns>
    public static async Task<TrainingDbContext> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var db = new TrainingDbContext(Options(connectionString));
        await db.Database.MigrateAsync(cancellationToken);
        return db;
    }
}
