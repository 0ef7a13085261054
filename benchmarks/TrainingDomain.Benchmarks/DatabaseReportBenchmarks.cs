using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using TrainingDomain.Calendar;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Postgres;
using TrainingDomain.Persistence.Sqlite;
using TrainingDomain.Reporting;
using TrainingDomain.Testing;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// The Q1/2018 report for Hải Dương over a database holding about 50,000 enrolments (classes of 2017 and 2018 at the
/// twelve district centres, built through the domain by <see cref="ReportingDataset"/>): <see cref="DatabaseStatistics"/>
/// against one hand-written SQL batch (ADO.NET) computing the same figures, on SQLite (a temporary file) and PostgreSQL
/// (<c>TRAININGDOMAIN_PG</c>, else a throwaway server; skipped with the reason when neither is available).
/// </summary>
/// <remarks>
/// Runs in process so that the database is built once per provider for all cases of the run. Setup checks that both
/// methods give the same totals, so the baseline cannot drift from the library.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class DatabaseReportBenchmarks
{
    private const int Seed = 2018;
    private const int ClassCount = 576;
    private static readonly ReportingPeriod Quarter = ReportingPeriod.Quarter(2018, 1);
    private static readonly Dictionary<string, string> Built = [];
    private string _connectionString = string.Empty;
    private DbContextOptions<TrainingDbContext> _options = null!;

    /// <summary>The database engine.</summary>
    [Params("SQLite", "PostgreSQL")]
    public string Provider { get; set; } = "SQLite";

    /// <summary>Builds (once per provider and process) and checks the database.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        if (Provider == "SQLite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"trainingdomain-report-bench-{Seed}-{ClassCount}.db");
            _connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
            _options = SqliteTrainingDb.Options(_connectionString);
        }
        else
        {
            var (server, unavailable) = await PostgresServer.GetAsync();
            if (server is null)
            {
                Console.WriteLine($"// PostgreSQL skipped: {unavailable}");
                throw new InvalidOperationException($"PostgreSQL is not available: {unavailable}");
            }

            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"trainingdomain_report_bench_{Seed}_{ClassCount}" }.ToString();
            _options = PostgresTrainingDb.Options(_connectionString);
        }

        if (!Built.ContainsKey(Provider))
        {
            await BuildAsync();
            Built[Provider] = _connectionString;
        }

        var library = await Library();
        var handWritten = await HandWrittenSql();
        if (handWritten != library)
        {
            throw new InvalidOperationException($"The hand-written query disagrees with the library: {handWritten} vs {library}.");
        }

        Console.WriteLine($"// {Provider}: {library}");
    }

    private async Task BuildAsync()
    {
        await using (var db = new TrainingDbContext(_options))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            db.AddRegistry(HaiDuongRegistry.Create());
            await db.SaveChangesAsync();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var centers = HaiDuongRegistry.Create().Centers.Select(c => c.Id).ToList();
        var dataset = ReportingDataset.Generate(Seed, centers, ClassCount, new LocalDate(2017, 1, 1), new LocalDate(2018, 12, 31));
        Console.WriteLine($"// {Provider}: {dataset.Classes.Count} classes, {dataset.EnrollmentCount} enrolments, generated in {clock.Elapsed}");
        foreach (var chunk in dataset.Classes.Chunk(50))
        {
            await using var db = new TrainingDbContext(_options);
            // Everything is new: no need to compare snapshots (every JSON column serialised twice) on each save.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.TrainingClasses.AddRange(chunk);
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"// {Provider}: written in {clock.Elapsed}");

        await using (var db = new TrainingDbContext(_options))
        {
            db.AnnualClassPlans.AddRange(dataset.Plans);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The library: <see cref="DatabaseStatistics.BuildAsync"/>, reduced to a comparable summary.</summary>
    /// <returns>The summary of the report.</returns>
    [Benchmark(Description = "DatabaseStatistics.BuildAsync")]
    public async Task<Summary> Library()
    {
        await using var db = new TrainingDbContext(_options);
        var report = await new DatabaseStatistics(db).BuildAsync(Quarter, HaiDuongRegistry.HaiDuongProvinceId);
        var plan = report.PlanProgress.Single(p => p.ProgramCode is null);
        return new Summary(report.Centers.Count, report.Total, report.PreviousYearTotal, report.CentersWithoutClasses.Count, plan.ClassesOpened, plan.LearnerTurns, plan.ClassesPlanned);
    }

    /// <summary>The baseline: one hand-written SQL batch of the same figures, read with ADO.NET.</summary>
    /// <returns>The summary of the figures.</returns>
    [Benchmark(Baseline = true, Description = "hand-written SQL (ADO.NET)")]
    public async Task<Summary> HandWrittenSql()
    {
        var postgres = Provider == "PostgreSQL";
        await using DbConnection connection = postgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = HandWritten.Sql(postgres);
        var previous = Quarter.SamePeriodPreviousYear();
        var yearStart = ReportingPeriod.OfYear(Quarter.Year, Quarter.Policy).Start;
        Add(command, "province", HaiDuongRegistry.HaiDuongProvinceId);
        Add(command, "year", Quarter.Year);
        Add(command, "cs", Date(Quarter.Start, postgres));
        Add(command, "ce", Date(Quarter.End, postgres));
        Add(command, "ps", Date(previous.Start, postgres));
        Add(command, "pe", Date(previous.End, postgres));
        Add(command, "ys", Date(yearStart, postgres));

        await using var reader = await command.ExecuteReaderAsync();
        var centers = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            centers.Add(reader.GetString(0));
        }

        await reader.NextResultAsync();
        Figures current = default, before = default;
        var withClasses = new HashSet<string>(StringComparer.Ordinal);
        int ytdClasses = 0, ytdTurns = 0;
        while (await reader.ReadAsync())
        {
            var bucket = reader.GetString(2);
            var figures = new Figures(
                Convert.ToInt32(reader.GetValue(3)), Convert.ToInt32(reader.GetValue(4)), Convert.ToInt32(reader.GetValue(5)), Convert.ToInt32(reader.GetValue(6)),
                Convert.ToInt64(reader.GetValue(7)), Convert.ToInt64(reader.GetValue(8)), Convert.ToInt32(reader.GetValue(9)), Convert.ToInt32(reader.GetValue(10)));
            if (bucket == "C")
            {
                current += figures;
                withClasses.Add(reader.GetString(0));
            }
            else if (bucket == "P")
            {
                before += figures;
            }

            if (bucket is "C" or "Y")
            {
                ytdClasses += figures.Classes;
                ytdTurns += figures.LearnerTurns;
            }
        }

        await reader.NextResultAsync();
        var planned = await reader.ReadAsync() && !await reader.IsDBNullAsync(0) ? Convert.ToInt32(reader.GetValue(0)) : 0;
        return new Summary(centers.Count, current, before, centers.Count(c => !withClasses.Contains(c)), ytdClasses, ytdTurns, planned);
    }

    private static object Date(LocalDate date, bool postgres) => postgres ? date.ToDateOnly() : date.ToString("yyyy-MM-dd", null);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // One process for every case, so the 50,000 enrolments are written once per provider; 10 measured iterations.
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("InProcess"));
    }

    /// <summary>What both methods return: enough of the report to prove they agree.</summary>
    /// <param name="Centers">Centres listed.</param>
    /// <param name="Total">The period's total.</param>
    /// <param name="PreviousYear">The same period a year earlier.</param>
    /// <param name="WithoutClasses">Centres that opened no class.</param>
    /// <param name="YearToDateClasses">Classes opened in the year to date.</param>
    /// <param name="YearToDateTurns">Learner-turns in the year to date.</param>
    /// <param name="PlannedClasses">Classes planned for the year.</param>
    public sealed record Summary(int Centers, Figures Total, Figures PreviousYear, int WithoutClasses, int YearToDateClasses, int YearToDateTurns, int PlannedClasses);
}
