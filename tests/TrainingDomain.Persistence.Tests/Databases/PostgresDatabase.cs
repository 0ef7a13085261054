using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrainingDomain.Persistence.Postgres;

namespace TrainingDomain.Persistence.Tests.Databases;

/// <summary>
/// A uniquely named PostgreSQL database on the server named by <c>TRAININGDOMAIN_POSTGRES</c> (default: postgres on
/// 127.0.0.1:5432, password postgres).
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private readonly string _connectionString;

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable("TRAININGDOMAIN_POSTGRES");
        _connectionString = new NpgsqlConnectionStringBuilder(string.IsNullOrWhiteSpace(server) ? DefaultConnectionString : server)
        {
            Database = $"trainingdomain_test_{Guid.NewGuid():N}",
            Pooling = false,
        }.ToString();
    }

    public override string ProviderName => "PostgreSQL";

    protected override DbContextOptions<TrainingDbContext> Options() => PostgresTrainingDb.Options(_connectionString);

    protected override async Task<string?> UnavailableReasonAsync()
    {
        var maintenance = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Timeout = 5 };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ToString());
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"cannot connect to {maintenance.Host}:{maintenance.Port} as {maintenance.Username} ({e.Message}). " +
                   "Start a server (pg_ctlcluster 15 main start) or set TRAININGDOMAIN_POSTGRES.";
        }
    }
}
