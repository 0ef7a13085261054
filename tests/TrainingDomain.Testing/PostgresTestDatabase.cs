using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;

namespace TrainingDomain.Testing;

/// <summary>A uniquely named database on the tests' PostgreSQL server (see <see cref="PostgresServer"/>).</summary>
public class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = $"trainingdomain_test_{Guid.NewGuid():N}";
    private string? _connectionString;
    private DbContextOptions<TrainingDbContext>? _options;

    /// <inheritdoc />
    public override string ProviderName => "PostgreSQL";

    /// <inheritdoc />
    public override string ConnectionString => _connectionString ?? throw new InvalidOperationException("The PostgreSQL server is not available.");

    /// <inheritdoc />
    public override DbContextOptions<TrainingDbContext> Options => _options ?? throw new InvalidOperationException("The PostgreSQL server is not available.");

    /// <inheritdoc />
    protected override async Task<string?> PrepareAsync()
    {
        var (server, unavailable) = await PostgresServer.GetAsync();
        if (server is null)
        {
            return unavailable;
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name, Pooling = false }.ToString();
        _options = PostgresTrainingDb.Options(_connectionString);
        return null;
    }
}
