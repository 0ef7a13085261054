using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Calendar;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Reporting;
using TrainingDomain.Testing;

namespace TrainingDomain.DataGenerator.Tests.Database;

/// <summary>A SQLite database seeded with haiphong-2026 through <see cref="DemoData.SeedAsync"/>.</summary>
public sealed class SqliteSeededReform : SqliteTestDatabase
{
    public ScenarioSummary? Summary { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        Summary = await DemoData.SeedAsync(db, HaiPhongScenario.Name, ScenarioOptions.DefaultSeed, cancellationToken);
}

/// <summary>A PostgreSQL database seeded with haiphong-2026 through <see cref="DemoData.SeedAsync"/>.</summary>
public sealed class PostgresSeededReform : PostgresTestDatabase
{
    public ScenarioSummary? Summary { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        Summary = await DemoData.SeedAsync(db, HaiPhongScenario.Name, ScenarioOptions.DefaultSeed, cancellationToken);
}

/// <summary>
/// haiphong-2026 written into a database and reported on by the library twice: in memory over the classes read back
/// (<see cref="StatisticsReporter"/>) and in SQL (<see cref="DatabaseStatistics"/>). Both give the scenario's totals
/// on each side of the reform and list only the centres that existed in the period.
/// </summary>
public abstract class SeededReformTests(TestDatabase database)
{
    private static readonly IReadOnlyList<ReformQuarter> Quarters = HaiPhongScenario.Quarters(ScenarioOptions.DefaultSeed);

    public static TheoryData<string, string?, int, int, string[]> Periods => new()
    {
        // (a) district centres only, under Hải Dương.
        { "2025-Q1", HaiDuongRegistry.HaiDuongProvinceId, Quarters[0].Classes, 12, [] },
        // (b) no centre existed from 01/07 to 30/09/2025: none is listed, so none is "without classes".
        { "2025-Q3", null, 0, 0, [] },
        { "2025-Q3", HaiDuongRegistry.HaiPhongAfterMergerId, 0, 0, [] },
        // The two commune centres set up on 01/12/2025 existed and opened nothing in 2025.
        { "2025-Q4", HaiDuongRegistry.HaiPhongAfterMergerId, Quarters[2].Classes, 8, [HaiPhongRegistry.GiaLocCenterId, HaiPhongRegistry.NinhGiangCenterId] },
        // (c) commune centres only, under Hải Phòng.
        { "2026-Q1", HaiDuongRegistry.HaiPhongAfterMergerId, Quarters[3].Classes, 8, [] },
        // (d) the year across the reform: 12 district and 8 commune centres.
        { "2025", null, Quarters[0].Classes + Quarters[1].Classes + Quarters[2].Classes, 20, [HaiPhongRegistry.GiaLocCenterId, HaiPhongRegistry.NinhGiangCenterId] },
        { "2025", HaiDuongRegistry.HaiDuongProvinceId, Quarters[0].Classes + Quarters[1].Classes, 12, [] },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task InMemoryAndSqlReports_AgreeWithTheScenario(string periodName, string? provinceId, int classes, int centres, string[] without)
    {
        var ct = TestContext.Current.CancellationToken;
        var period = periodName.Length == 4
            ? ReportingPeriod.OfYear(int.Parse(periodName, System.Globalization.CultureInfo.InvariantCulture))
            : ReportingPeriod.Quarter(int.Parse(periodName[..4], System.Globalization.CultureInfo.InvariantCulture), periodName[^1] - '0');
        await using var db = database.Open();

        var (registry, records) = await ReadBackAsync(database);
        var inMemory = new StatisticsReporter(registry).Build(period, records, provinceId);
        var inSql = await new DatabaseStatistics(db).BuildAsync(period, provinceId, ct);

        foreach (var report in new[] { inMemory, inSql })
        {
            report.Total.Classes.ShouldBe(classes);
            report.Centers.Count.ShouldBe(centres);
            report.CentersWithoutClasses.Select(c => c.CenterId).ShouldBe(without, ignoreOrder: true);
        }

        inSql.Total.LearnerTurns.ShouldBe(inMemory.Total.LearnerTurns);
        inSql.PreviousYearTotal.Classes.ShouldBe(inMemory.PreviousYearTotal.Classes);
        inSql.Centers.Select(c => (c.CenterId, c.Figures.Classes, c.Figures.LearnerTurns))
            .ShouldBe(inMemory.Centers.Select(c => (c.CenterId, c.Figures.Classes, c.Figures.LearnerTurns)), ignoreOrder: true);
        inSql.Programs.Select(p => (p.ProgramCode, p.Figures.Classes, p.Figures.LearnerTurns))
            .ShouldBe(inMemory.Programs.Select(p => (p.ProgramCode, p.Figures.Classes, p.Figures.LearnerTurns)), ignoreOrder: true);
    }

    // Reading every class back takes a while; the rows of the theory share one read per database.
    private static readonly ConditionalWeakTable<TestDatabase, Task<(OrganizationRegistry, List<ClassRecord>)>> ReadBack = [];

    private static Task<(OrganizationRegistry, List<ClassRecord>)> ReadBackAsync(TestDatabase database) =>
        ReadBack.GetValue(database, async d =>
        {
            await using var db = d.Open();
            var registry = await db.LoadRegistryAsync();
            var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync();
            return (registry, classes.Select(c => ClassRecords.From(c, PeriodReport.EngineFor(c.ProgramCode), HaiPhongScenario.ReferenceDate)).ToList());
        });

    [Fact]
    public async Task QuarterTotals_ReadBack_AreTheScenariosLearnerTurns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.Open();
        var statistics = new DatabaseStatistics(db);

        foreach (var quarter in Quarters)
        {
            (await statistics.BuildAsync(quarter.Period, null, ct)).Total.LearnerTurns.ShouldBe(quarter.LearnerTurns, quarter.Period.Label);
        }

        var summary = (database switch { SqliteSeededReform s => s.Summary, PostgresSeededReform p => p.Summary, _ => null }).ShouldNotBeNull();
        (summary.Classes, summary.LearnerTurns).ShouldBe((Quarters[3].Classes, Quarters[3].LearnerTurns));
        (await db.TrainingCenters.CountAsync(ct)).ShouldBe(20);
    }
}

public sealed class SeededReformOnSqliteTests(SqliteSeededReform database) : SeededReformTests(database), IClassFixture<SqliteSeededReform>;

public sealed class SeededReformOnPostgresTests(PostgresSeededReform database) : SeededReformTests(database), IClassFixture<PostgresSeededReform>;
