using Microsoft.EntityFrameworkCore.Design;

namespace TrainingDomain.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a host (no connection is opened to add a migration).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    /// <inheritdoc />
    public TrainingDbContext CreateDbContext(string[] args) =>
        new(PostgresTrainingDb.Options("Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=trainingdomain_design"));
}
