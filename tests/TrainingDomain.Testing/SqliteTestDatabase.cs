using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.Testing;

/// <summary>A SQLite database in a temporary file of its own.</summary>
public class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"trainingdomain-{Guid.NewGuid():N}.db");

    /// <summary>Creates the database's connection string (the file appears on migration).</summary>
    public SqliteTestDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();
        Options = SqliteTrainingDb.Options(ConnectionString);
    }

    /// <inheritdoc />
    public override string ProviderName => "SQLite";

    /// <inheritdoc />
    public override string ConnectionString { get; }

    /// <inheritdoc />
    public override DbContextOptions<TrainingDbContext> Options { get; }

    /// <inheritdoc />
    protected override ValueTask DisposeCoreAsync()
    {
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
