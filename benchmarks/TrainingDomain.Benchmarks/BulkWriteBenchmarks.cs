using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;
using TrainingDomain.Testing;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// Writing 1,000,000 attendance marks (25,000 enrolments × 40 sessions) inside one transaction: the generator's
/// model-driven <see cref="BulkWriter"/> (names, types and converters from the EF model; prepared INSERTs re-bound per
/// row on SQLite, binary COPY on PostgreSQL) against a hand-written loop with the table, columns and conversions typed
/// out: a prepared INSERT on SQLite, a raw binary COPY on PostgreSQL (<c>TRAININGDOMAIN_PG</c>, else a throwaway server).
/// </summary>
/// <remarks>
/// Both arms write the same rows into an empty, migrated <c>AttendanceMarks</c> table with foreign-key checks off (the
/// enrolments they point at are not there), and every iteration's transaction is rolled back afterwards, after checking
/// that it holds exactly 1,000,000 rows.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class BulkWriteBenchmarks
{
    private const int EnrollmentCount = 25_000;
    private const int Sessions = 40;
    private const string CenterId = "TTCT-P01D001";
    private const string ProvinceId = "P01@2019-01-01";

    private (Guid Enrollment, string Text, SessionAttendance[] Marks)[] _data = [];
    private TrainingDbContext _db = null!;
    private IDbContextTransaction? _transaction;

    /// <summary>The database engine.</summary>
    [Params("SQLite", "PostgreSQL")]
    public string Provider { get; set; } = "SQLite";

    /// <summary>Creates the empty database and the marks (deterministic: seed 2019).</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var random = new Random(2019);
        var kinds = new[] { AttendanceMark.Present, AttendanceMark.Present, AttendanceMark.Present, AttendanceMark.Late, AttendanceMark.UnexcusedAbsence };
        _data = Enumerable.Range(0, EnrollmentCount).Select(_ =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes);
            var marks = Enumerable.Range(1, Sessions).Select(n => new SessionAttendance(n, kinds[random.Next(kinds.Length)], null)).ToArray();
            return (id, id.ToString().ToUpperInvariant(), marks);
        }).ToArray();

        DbContextOptions<TrainingDbContext> options;
        if (Provider == "SQLite")
        {
            var path = Path.Combine(Path.GetTempPath(), "trainingdomain-bulk-bench.db");
            options = SqliteTrainingDb.Options(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        }
        else
        {
            var (server, unavailable) = await PostgresServer.GetAsync();
            if (server is null)
            {
                throw new InvalidOperationException($"PostgreSQL is not available: {unavailable}");
            }

            options = PostgresTrainingDb.Options(new NpgsqlConnectionStringBuilder(server) { Database = "trainingdomain_bulk_bench" }.ToString());
        }

        _db = new TrainingDbContext(options);
        await _db.Database.EnsureDeletedAsync();
        await _db.Database.MigrateAsync();
        await _db.Database.OpenConnectionAsync();
        await using var off = _db.Database.GetDbConnection().CreateCommand();
        off.CommandText = Provider == "SQLite" ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica";
        await off.ExecuteNonQueryAsync();
    }

    /// <summary>Begins the iteration's transaction.</summary>
    [IterationSetup]
    public void Begin() => _transaction = _db.Database.BeginTransaction();

    /// <summary>Checks the row count and rolls the iteration back.</summary>
    [IterationCleanup]
    public void RollBack()
    {
        using (var count = _db.Database.GetDbConnection().CreateCommand())
        {
            count.Transaction = _transaction!.GetDbTransaction();
            count.CommandText = "SELECT COUNT(*) FROM \"AttendanceMarks\"";
            var rows = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (rows != (long)EnrollmentCount * Sessions)
            {
                throw new InvalidOperationException($"The iteration wrote {rows} marks instead of {EnrollmentCount * Sessions}.");
            }
        }

        _transaction!.Rollback();
        _transaction.Dispose();
    }

    /// <summary>Releases the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Database.EnsureDeleted();
        _db.Dispose();
    }

    /// <summary>Hand-written: the table, columns and conversions typed out.</summary>
    [Benchmark(Baseline = true, Description = "hand-written (prepared INSERT / raw binary COPY) — baseline")]
    public async Task HandWritten()
    {
        var connection = _db.Database.GetDbConnection();
        if (Provider == "SQLite")
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = _transaction!.GetDbTransaction();
            insert.CommandText = "INSERT INTO \"AttendanceMarks\" (\"SessionNumber\", \"EnrollmentId\", \"Mark\", \"Reason\", \"CenterId\", \"ProvinceId\") VALUES ($s, $e, $m, $r, $c, $p)";
            var (s, e, m, r, c, p) = (Add(insert, "$s"), Add(insert, "$e"), Add(insert, "$m"), Add(insert, "$r"), Add(insert, "$c"), Add(insert, "$p"));
            insert.Prepare();
            foreach (var (_, text, marks) in _data)
            {
                foreach (var mark in marks)
                {
                    s.Value = mark.SessionNumber;
                    e.Value = text;
                    m.Value = mark.Mark.ToString();
                    r.Value = (object?)mark.Reason ?? DBNull.Value;
                    c.Value = CenterId;
                    p.Value = ProvinceId;
                    insert.ExecuteNonQuery();
                }
            }
        }
        else
        {
            await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
                "COPY \"AttendanceMarks\" (\"SessionNumber\", \"EnrollmentId\", \"Mark\", \"Reason\", \"CenterId\", \"ProvinceId\") FROM STDIN (FORMAT BINARY)");
            foreach (var (id, _, marks) in _data)
            {
                foreach (var mark in marks)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(mark.SessionNumber, NpgsqlDbType.Integer);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(mark.Mark.ToString(), NpgsqlDbType.Varchar);
                    if (mark.Reason is null)
                    {
                        await copy.WriteNullAsync();
                    }
                    else
                    {
                        await copy.WriteAsync(mark.Reason, NpgsqlDbType.Varchar);
                    }

                    await copy.WriteAsync(CenterId, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(ProvinceId, NpgsqlDbType.Varchar);
                }
            }

            await copy.CompleteAsync();
        }
    }

    /// <summary>The generator's bulk writer: everything taken from the EF model.</summary>
    [Benchmark(Description = "BulkWriter (from the EF model)")]
    public async Task ModelDriven()
    {
        await using var bulk = BulkWriter.For(_db);
        foreach (var (id, _, marks) in _data)
        {
            var ambient = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["EnrollmentId"] = id,
                ["CenterId"] = CenterId,
                [TrainingDbContext.ProvinceIdName] = ProvinceId,
            };
            foreach (var mark in marks)
            {
                await bulk.AddAsync(mark, ambient);
            }
        }

        await bulk.FlushAsync();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    // One process, so the marks are built once per provider; a short monitoring job: 1 warm-up, 3 measured iterations.
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("InProcess"));
    }
}
