using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Reporting;
using TrainingDomain.Rules;

namespace TrainingDomain.Persistence.Tests.Reporting;

/// <summary>
/// The report computed by the database (<see cref="DatabaseStatistics"/>) equals, figure for figure, the in-memory report
/// (<see cref="StatisticsReporter"/> over <see cref="ClassRecords.From"/>) of the same stored classes, for periods of
/// every kind under both cut-off policies, with and without the province filter; its aggregation is in SQL.
/// </summary>
public abstract class DatabaseStatisticsTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    // The classes as stored, loaded whole once per database: the in-memory side of every comparison.
    private static readonly ConcurrentDictionary<TestDatabase, Lazy<Task<List<TrainingClass>>>> Loaded = new();

    private static readonly ReportingPeriod D09Q1 = ReportingPeriod.Quarter(2018, 1, CutOffPolicy.Decree09);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, int, int, CutOffPolicy, bool> Periods => new()
    {
        { "quarter", 2018, 1, CutOffPolicy.Calendar, false },
        // Q1/2018 under Decree 09 starts 15/12/2017: classes of 15–31/12/2017 move in, those of 15–31/03/2018 move out.
        { "quarter", 2018, 1, CutOffPolicy.Decree09, true },
        { "quarter", 2018, 2, CutOffPolicy.Calendar, true },
        // The year-to-date of Q4 under Decree 09 starts on 15/12 of the previous year.
        { "quarter", 2018, 4, CutOffPolicy.Decree09, false },
        { "six-months", 2018, 1, CutOffPolicy.Calendar, true },
        { "month", 2018, 3, CutOffPolicy.Decree09, false },
        { "year", 2018, 1, CutOffPolicy.Decree09, true },
        // The centres exist from 01/01/2018; their classes of January 2017 are still compared.
        { "month", 2018, 1, CutOffPolicy.Calendar, true },
    };

    private static ReportingPeriod PeriodOf(string kind, int year, int index, CutOffPolicy policy) => kind switch
    {
        "quarter" => ReportingPeriod.Quarter(year, index, policy),
        "six-months" => ReportingPeriod.FirstSixMonths(year, policy),
        "month" => ReportingPeriod.Month(year, index, policy),
        _ => ReportingPeriod.OfYear(year, policy),
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task DatabaseReportEqualsTheInMemoryReport(string kind, int year, int index, CutOffPolicy policy, bool haiDuongOnly)
    {
        var period = PeriodOf(kind, year, index, policy);
        var provinceId = haiDuongOnly ? HaiDuongRegistry.HaiDuongProvinceId : null;

        var expected = await InMemoryReportAsync(period, provinceId);
        await using var db = database.Open();
        var actual = await new DatabaseStatistics(db).BuildAsync(period, provinceId, Cancel);

        Describe(actual).ShouldBe(Describe(expected));
        expected.Total.Classes.ShouldBeGreaterThan(0);
    }

    [Theory]
    // A centre with classes, in the province and outside the province filter's view of it.
    [InlineData("TTCT-290", CutOffPolicy.Calendar, true)]
    [InlineData("TTCT-292", CutOffPolicy.Decree09, false)]
    // Kim Thành opens no class: its own view lists it as without classes and nothing else.
    [InlineData(HaiDuongRegistry.KimThanhCenterId, CutOffPolicy.Calendar, true)]
    public async Task CentreScopedDatabaseReportEqualsTheInMemoryReport(string centerId, CutOffPolicy policy, bool haiDuongOnly)
    {
        var period = ReportingPeriod.Quarter(2018, 1, policy);
        var provinceId = haiDuongOnly ? HaiDuongRegistry.HaiDuongProvinceId : null;

        var expected = await InMemoryReportAsync(period, provinceId, centerId);
        await using var db = database.Open();
        var actual = await new DatabaseStatistics(db).BuildAsync(period, provinceId, centerId, Cancel);

        Describe(actual).ShouldBe(Describe(expected));
        actual.Centers.Select(c => c.CenterId).ShouldBe([centerId]);
        var whole = await new DatabaseStatistics(db).BuildAsync(period, provinceId, Cancel);
        actual.Total.ShouldBe(whole.Centers.Single(c => c.CenterId == centerId).Figures);
        actual.PlanProgress.Sum(p => p.ClassesPlanned).ShouldBeLessThanOrEqualTo(whole.PlanProgress.Sum(p => p.ClassesPlanned));
    }

    [Theory]
    [InlineData(CutOffPolicy.Calendar, true, null)]
    [InlineData(CutOffPolicy.Decree09, false, null)]
    [InlineData(CutOffPolicy.Calendar, true, "TTCT-290")]
    public async Task ASeriesOfQuartersEqualsEachQuartersOwnReport(CutOffPolicy policy, bool haiDuongOnly, string? centerId)
    {
        // The eight quarters of a dashboard's trend, from Q1/2017 (classes from December 2016) to Q4/2018.
        var quarters = new List<ReportingPeriod> { ReportingPeriod.Quarter(2018, 4, policy) };
        while (quarters.Count < 8)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        var provinceId = haiDuongOnly ? HaiDuongRegistry.HaiDuongProvinceId : null;
        await using var db = database.Open();
        var series = await new DatabaseStatistics(db).BuildSeriesAsync(quarters, provinceId, centerId, Cancel);

        series.Count.ShouldBe(8);
        for (var i = 0; i < quarters.Count; i++)
        {
            var single = await new DatabaseStatistics(db).BuildAsync(quarters[i], provinceId, centerId, Cancel);
            Describe(series[i]).ShouldBe(Describe(single), quarters[i].ToString());
        }

        series.Sum(r => r.Total.Classes).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task AnUnknownCentreIsRefusedAsInMemory()
    {
        await using var db = database.Open();

        var failure = await Should.ThrowAsync<ArgumentException>(() => new DatabaseStatistics(db).BuildAsync(ReportingPeriod.Quarter(2018, 1), null, "TTCT-NOPE", Cancel));

        failure.ParamName.ShouldBe("centerId");
    }

    [Fact]
    public async Task TheDatasetExercisesEveryCountingRule()
    {
        var period = ReportingPeriod.Quarter(2018, 1);
        var report = await InMemoryReportAsync(period, null);
        var classes = await StoredClassesAsync();
        var counted = classes.Where(c => c.HasOpened && period.Contains(c.FirstSessionDate!.Value)).ToList();

        report.Total.LearnerTurns.ShouldBeGreaterThan(0);
        report.PreviousYearTotal.Classes.ShouldBeGreaterThan(0);
        report.Total.RefusedForAudience.ShouldBeGreaterThan(0);
        report.Total.OverriddenForAudience.ShouldBeGreaterThan(0);
        report.Total.UnexcusedAbsentPeriods.ShouldBeGreaterThan(0);
        report.Total.Passed.ShouldBeGreaterThan(0);
        report.CentersWithoutClasses.Select(c => c.CenterId).ShouldContain(HaiDuongRegistry.KimThanhCenterId);
        report.PlanProgress.ShouldNotBeEmpty();
        counted.SelectMany(c => c.Enrollments).ShouldContain(e => e.Status == EnrollmentStatus.WithdrawnBeforeStart);
        counted.SelectMany(c => c.Enrollments).ShouldContain(e => e.Status == EnrollmentStatus.WithdrawnAfterStart);
        counted.ShouldContain(c => c.Enrollments.Any(e => e.EnrolledOn > c.FirstSessionDate));
        counted.SelectMany(c => c.Nominations).ShouldContain(n => n.Status == NominationStatus.Refused && n.Verdict.Outcome == VerdictOutcome.Eligible);
        // Straddling the end of Q1 under either cut-off: counted where it starts.
        classes.ShouldContain(c => c.HasOpened && c.FirstSessionDate != null && period.Contains(c.FirstSessionDate.Value) && c.LastSessionDate > period.End);
        classes.ShouldContain(c => c.HasOpened && c.FirstSessionDate != null && D09Q1.Contains(c.FirstSessionDate.Value) && c.LastSessionDate > D09Q1.End);
        classes.ShouldContain(c => !c.HasOpened && c.FirstSessionDate != null && period.Contains(c.FirstSessionDate.Value));
    }

    [Fact]
    public async Task ClassesAndEnrolmentFiguresAreGroupedAndCountedInSql()
    {
        var period = ReportingPeriod.Quarter(2018, 1, CutOffPolicy.Decree09);
        await using var db = database.Open();
        var statistics = new DatabaseStatistics(db);

        var classes = statistics.CountedClasses(ReportingSeed.CentersWithClasses, period.SamePeriodPreviousYear(), period.Start, period.End).ToQueryString();
        Guid[] ids = [Guid.NewGuid()];
        var turns = statistics.LearnerTurns(ids).ToQueryString();
        var planned = statistics.PlannedPeriods(ids).ToQueryString();
        var absent = statistics.UnexcusedAbsentPeriods(ids).ToQueryString();

        classes.ShouldContain("GROUP BY");
        classes.ShouldContain("MIN(", Case.Insensitive);
        turns.ShouldContain("GROUP BY");
        turns.ShouldContain("COUNT(*)", Case.Insensitive);
        turns.ShouldContain("LIKE");
        foreach (var sum in new[] { planned, absent })
        {
            sum.ShouldContain("GROUP BY");
            sum.ShouldContain("SUM(", Case.Insensitive);
        }

        // Enrolments are aggregated over plain joins, never re-read in a correlated subquery per class. (The earliest
        // session is such a subquery, EF Core's translation of MIN over an owned collection: an index seek per class.)
        foreach (var sql in new[] { turns, planned, absent })
        {
            sql.Split("\"TrainingClasses\"").Length.ShouldBe(2, sql);
        }
    }

    [Fact]
    public async Task AnUnknownProvinceIsRefusedAsInMemory()
    {
        await using var db = database.Open();

        var failure = await Should.ThrowAsync<ArgumentException>(() => new DatabaseStatistics(db).BuildAsync(ReportingPeriod.Quarter(2018, 1), "99@2018-01-01", Cancel));

        failure.ParamName.ShouldBe("provinceId");
    }

    [Fact]
    public async Task ARuleWrittenAsCodeIsRefusedByName()
    {
        await using var db = database.Open();
        var policy = CountingPolicy.Default with { LearnerTurns = new EveryEnrolmentCounts() };

        var failure = Should.Throw<NotSupportedException>(() => new DatabaseStatistics(db, policy));

        failure.Message.ShouldContain("Count.EveryEnrolment v2");
    }

    private async Task<StatisticsReport> InMemoryReportAsync(ReportingPeriod period, string? provinceId, string? centerId = null)
    {
        await using var db = database.Open();
        var registry = await db.LoadRegistryAsync(Cancel);
        var classes = await StoredClassesAsync();
        var plans = await db.AnnualClassPlans.AsNoTracking().Where(p => p.Year == period.Year).ToListAsync(Cancel);
        var engine = new AttendanceEngine(AttendancePolicy.Default);
        var targets = plans.Where(p => p.IsApproved).SelectMany(ClassRecords.TargetsOf).ToList();
        return new StatisticsReporter(registry).Build(
            period,
            classes.Select(c => ClassRecords.From(c, engine, period.End)),
            provinceId,
            targets.Count == 0 ? null : targets,
            centerId);
    }

    private Task<List<TrainingClass>> StoredClassesAsync()
    {
        database.EnsureAvailable();
        return Loaded.GetOrAdd(database, d => new Lazy<Task<List<TrainingClass>>>(async () =>
        {
            await using var db = d.Open();
            return await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync();
        })).Value;
    }

    // Every figure of the report, one line each, so that a difference names its line.
    private static List<string> Describe(StatisticsReport report)
    {
        static string F(Figures f) => string.Create(CultureInfo.InvariantCulture, $"{f} rate={f.UnexcusedAbsenceRate}");
        var lines = new List<string>
        {
            $"period {report.Period} previous {report.PreviousYearPeriod} province {report.ProvinceId}",
            $"rules {string.Join(", ", report.CountingRules)}",
            $"total {F(report.Total)}",
            $"previous total {F(report.PreviousYearTotal)}",
            $"centres with classes {report.CentersWithClasses}",
        };
        foreach (var center in report.Centers)
        {
            lines.Add($"centre {center.CenterId} {center.CenterName}: {F(center.Figures)} | previous {F(center.PreviousYear)}");
            lines.AddRange(center.ByProgram.Select(p => $"  {center.CenterId} {p.ProgramCode}: {F(p.Figures)} | previous {F(p.PreviousYear)}"));
        }

        lines.AddRange(report.Programs.Select(p => $"programme {p.ProgramCode}: {F(p.Figures)} | previous {F(p.PreviousYear)}"));
        lines.AddRange(report.CentersWithoutClasses.Select(c => $"without classes {c}"));
        lines.AddRange(report.PlanProgress.Select(p => $"plan {p}"));
        return lines;
    }

    private sealed class EveryEnrolmentCounts() : LearnerTurnRule("Count.EveryEnrolment", 2, "Mọi lượt ghi danh đều được tính.")
    {
        public override bool Counts(EnrollmentRecord enrollment) => true;
    }
}

public sealed class SqliteDatabaseStatisticsTests(SqliteReportingDatabase database)
    : DatabaseStatisticsTests<SqliteReportingDatabase>(database), IClassFixture<SqliteReportingDatabase>;

public sealed class PostgresDatabaseStatisticsTests(PostgresReportingDatabase database)
    : DatabaseStatisticsTests<PostgresReportingDatabase>(database), IClassFixture<PostgresReportingDatabase>;
