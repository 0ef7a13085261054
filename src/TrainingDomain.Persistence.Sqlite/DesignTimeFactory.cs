using Microsoft.EntityFrameworkCore.Design;

namespace TrainingDomain.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    /// <inheritdoc />
    public TrainingDbContext CreateDbContext(string[] args) => new(SqliteTrainingDb.Options("Data Source=design-time.db"));
}
