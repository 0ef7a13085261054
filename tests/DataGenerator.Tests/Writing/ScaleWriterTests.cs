using Microsoft.EntityFrameworkCore;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;
using TrainingDomain.Testing;

namespace TrainingDomain.DataGenerator.Tests.Writing;

/// <summary>The size of the scale runs the writer tests make: 2 centres × 8 classes × 40 learners × 10 sessions = 6,400 marks.</summary>
internal static class SmallScale
{
    public static ScaleOptions Size => new() { Provinces = 1, CentresPerProvince = 2, Years = 1, ClassesPerCentrePerYear = 8, ClassSize = 40, SessionsPerClass = 10 };

    public static async Task<(ScaleScenario Scenario, ScaleTotals Totals)> WriteAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var scenario = new ScaleScenario(Size, new ScenarioOptions { Seed = 7 });
        return (scenario, await ScaleWriter.WriteAsync(db, scenario, null, cancellationToken));
    }
}

public sealed class ScaleOnSqlite : SqliteTestDatabase
{
    public ScaleTotals? Totals { get; private set; }

    public int Absentees { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var (scenario, totals) = await SmallScale.WriteAsync(db, cancellationToken);
        (Totals, Absentees) = (totals, scenario.Absentees);
    }
}

public sealed class ScaleOnPostgres : PostgresTestDatabase
{
    public ScaleTotals? Totals { get; private set; }

    public int Absentees { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var (scenario, totals) = await SmallScale.WriteAsync(db, cancellationToken);
        (Totals, Absentees) = (totals, scenario.Absentees);
    }
}

/// <summary>
/// The scale scenario written by the bulk writer (prepared INSERTs on SQLite, binary COPY on PostgreSQL) and read back
/// through <see cref="TrainingDbContext"/> as aggregates the library's engines accept, with the counts the writer reported.
/// </summary>
public abstract class ScaleWriterTests(TestDatabase database, Func<ScaleTotals?> totals, Func<int> absentees)
{
    [Fact]
    public void TheRunWroteTheMarksItsSizeAsksFor()
    {
        database.EnsureAvailable();
        var written = totals().ShouldNotBeNull();
        written.Classes.ShouldBe(SmallScale.Size.Classes);
        written.AttendanceMarks.ShouldBe(SmallScale.Size.AttendanceMarks);
        written.LearnerTurns.ShouldBe(SmallScale.Size.Classes * SmallScale.Size.ClassSize);
    }

    [Fact]
    public async Task ClassesReadBack_WithTheirEnrolmentsSessionsAndMarks_AsTheWriterReported()
    {
        await using var db = database.Open();
        var ct = TestContext.Current.CancellationToken;
        var written = totals().ShouldNotBeNull();
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(ct);

        classes.Count.ShouldBe((int)written.Classes);
        classes.ShouldAllBe(c => c.Status == ClassStatus.Completed && c.Sessions.Count == SmallScale.Size.SessionsPerClass);
        classes.Sum(c => c.ActiveEnrollmentCount).ShouldBe((int)written.LearnerTurns);
        classes.Sum(c => c.Enrollments.Sum(e => e.Marks.Count)).ShouldBe((int)written.AttendanceMarks);
        classes.Sum(c => c.Enrollments.Sum(e => e.AttendanceAudit.Count)).ShouldBe((int)written.AttendanceMarks);
        (await db.AssessmentResults.CountAsync(ct)).ShouldBe((int)written.Results);
        (await db.CertificateRegisters.AsNoTracking().ToListAsync(ct)).Sum(r => r.Certificates.Count).ShouldBe((int)written.Certificates);
    }

    [Fact]
    public async Task Enrolments_CarryTheSearchColumnsTheLibrarysSaveWouldStamp()
    {
        await using var db = database.Open();
        var rows = await db.Set<Enrollment>().AsNoTracking()
            .Select(e => new { e.Learner, Text = EF.Property<string>(e, TrainingDomain.Persistence.Configurations.TrainingClassConfiguration.SearchTextName), Id = EF.Property<string?>(e, TrainingDomain.Persistence.Configurations.TrainingClassConfiguration.CitizenIdName) })
            .ToListAsync(TestContext.Current.CancellationToken);

        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Id != null && r.Id == r.Learner.CitizenId!.Value.Value && r.Text.Contains(r.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AttendanceEngine_OverTheStoredClasses_FindsExactlyThePlantedAbsentees()
    {
        await using var db = database.Open();
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
        var engine = new AttendanceEngine(AttendancePolicy.For(ProgramCatalog.Default.Get("NTD")));

        var below = classes.Sum(c => engine.Evaluate(c, c.LastSessionDate!.Value).Count(l => !l.Standing.MeetsThreshold));

        below.ShouldBe(absentees());
        below.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task YearReport_OnTheStoredData_CountsEveryClassAndLearnerTurnOfTheProvince()
    {
        await using var db = database.Open();
        var written = totals().ShouldNotBeNull();

        var report = await PeriodReport.FromDatabaseAsync(db, ReportingPeriod.OfYear(ScaleOptions.FirstYear), new LocalDate(ScaleOptions.FirstYear, 12, 31), ScaleRegistry.ProvinceId(1), TestContext.Current.CancellationToken);

        report.Total.Classes.ShouldBe((int)written.Classes);
        report.Total.LearnerTurns.ShouldBe((int)written.LearnerTurns);
        report.CentersWithoutClasses.ShouldBeEmpty();
    }
}

public sealed class ScaleWriterOnSqliteTests(ScaleOnSqlite database)
    : ScaleWriterTests(database, () => database.Totals, () => database.Absentees), IClassFixture<ScaleOnSqlite>;

public sealed class ScaleWriterOnPostgresTests(ScaleOnPostgres database)
    : ScaleWriterTests(database, () => database.Totals, () => database.Absentees), IClassFixture<ScaleOnPostgres>;
