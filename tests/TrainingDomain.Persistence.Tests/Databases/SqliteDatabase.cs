using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.Persistence.Tests.Databases;

/// <summary>A SQLite database in a temporary file.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"trainingdomain-{Guid.NewGuid():N}.db");

    public override string ProviderName => "SQLite";

    protected override DbContextOptions<TrainingDbContext> Options() =>
        SqliteTrainingDb.Options(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());

    protected override ValueTask DisposeCoreAsync()
    {
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
