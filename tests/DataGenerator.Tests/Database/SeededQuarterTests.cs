using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Cli;
using TrainingDomain.Organization;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;
using TrainingDomain.Testing;

namespace TrainingDomain.DataGenerator.Tests.Database;

/// <summary>
/// haiduong-2018q1 written by <see cref="DemoData.SeedAsync"/> and read back with the library alone: the quarterly report
/// on the stored classes gives the reported figures.
/// </summary>
public abstract class SeededQuarterTests(TestDatabase database)
{
    [Fact]
    public async Task QuarterlyReport_ReadBack_Gives72Classes7443TurnsIn11CentresAndKimThanhWithout()
    {
        await using var db = database.Open();
        var ct = TestContext.Current.CancellationToken;
        var registry = await db.LoadRegistryAsync(ct);
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(ct);
        var records = classes.Select(c => ClassRecords.From(c, PeriodReport.EngineFor(c.ProgramCode), new LocalDate(2018, 3, 31)));

        var report = new StatisticsReporter(registry).Build(ReportingPeriod.Quarter(2018, 1), records, HaiDuongRegistry.HaiDuongProvinceId);

        report.Total.Classes.ShouldBe(72);
        report.Total.LearnerTurns.ShouldBe(7_443);
        report.Centers.Count(c => c.Figures.Classes > 0).ShouldBe(11);
        report.CentersWithoutClasses.ShouldHaveSingleItem().CenterName.ShouldBe("Trung tâm Chính trị huyện Kim Thành");
    }

    [Fact]
    public async Task StoredRows_MatchWhatSeedingReported()
    {
        await using var db = database.Open();
        var ct = TestContext.Current.CancellationToken;
        var summary = SummaryOf(database).ShouldNotBeNull();

        (await db.Lecturers.CountAsync(ct)).ShouldBe(summary.Lecturers);
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(ct);
        classes.Sum(c => c.Nominations.Count).ShouldBe(summary.Nominations);
        classes.Sum(c => c.Enrollments.Sum(e => (long)e.Marks.Count)).ShouldBe(summary.AttendanceMarks);
        (await db.CertificateRegisters.AsNoTracking().ToListAsync(ct)).Sum(r => r.Certificates.Count).ShouldBe(summary.Certificates);
    }

    [Fact]
    public async Task QuestionBank_ReadBack_FillsTheBlueprintAndDrawsReproduciblePapers()
    {
        await using var db = database.Open();
        var ct = TestContext.Current.CancellationToken;

        var bank = await db.LoadQuestionBankAsync("NTD", ct);
        var blueprint = (await db.ExamBlueprints.AsNoTracking().ToListAsync(ct)).ShouldHaveSingleItem();

        bank.Approved(QuestionKind.MultipleChoice).Count.ShouldBe(30);
        bank.Approved(QuestionKind.Essay).Count.ShouldBe(4);
        bank.Questions.Count(q => q.Status == QuestionStatus.Draft).ShouldBe(2);
        bank.Questions.Count(q => q.Status == QuestionStatus.Retired).ShouldBe(1);
        bank.Questions.Where(q => q.Kind == QuestionKind.MultipleChoice).ShouldAllBe(q => q.Options.Count == 4 && q.Options.Any(o => o.Key == q.CorrectKey));
        blueprint.ShortagesIn(bank).ShouldBeEmpty();

        var generator = new ExamPaperGenerator();
        var at = Instant.FromUtc(2018, 3, 1, 0, 0);
        var paper = generator.Generate(bank, blueprint, "NS", seed: 101, variantCount: 2, at);
        paper.Variants.Count.ShouldBe(2);
        paper.Variants.ShouldAllBe(v => v.Items.Count == 16);
        generator.Generate(bank, blueprint, "NS", seed: 101, variantCount: 2, at).QuestionIds.ShouldBe(paper.QuestionIds);
        Enumerable.Range(102, 10).ShouldContain(s => !generator.Generate(bank, blueprint, "NS", s, 1, at).QuestionIds.SequenceEqual(paper.QuestionIds));
    }

    [Fact]
    public async Task EveryNominationComesFromAnOrganisationOnItsCentresListThatDay()
    {
        await using var db = database.Open();
        var ct = TestContext.Current.CancellationToken;
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(ct);
        var listings = await db.NominatorListings.AsNoTracking().ToListAsync(ct);

        listings.Select(l => l.CenterId).Distinct().Count().ShouldBe(12);
        var unlisted = classes.SelectMany(c => c.Nominations.Where(n => !listings.Any(l =>
            l.CenterId == c.CenterId && l.OrganizationId == n.Organization.Id && l.IsListedOn(n.ReceivedOn))).Select(n => $"{c.Code}: {n.Organization.Id} {n.ReceivedOn}")).ToList();
        unlisted.ShouldBeEmpty();
        classes.Sum(c => c.Nominations.Count).ShouldBeGreaterThan(7_443);
        (await db.NominatorsOnAsync(HaiDuongRegistry.KimThanhCenterId, new LocalDate(2018, 3, 1), ct)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SeedAsync_RefusesADatabaseThatAlreadyHoldsData()
    {
        await using var db = database.Open();

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => DemoData.SeedAsync(db, "haiduong-2018q1", 1, TestContext.Current.CancellationToken));
        refused.Message.ShouldContain("already holds data");
    }

    private static ScenarioSummary? SummaryOf(TestDatabase database) => database switch
    {
        SqliteGeneratedByCli s => s.Summary,
        SeededPostgres p => p.Summary,
        _ => null,
    };
}

public sealed class SeededQuarterOnSqliteTests(SqliteGeneratedByCli database) : SeededQuarterTests(database), IClassFixture<SqliteGeneratedByCli>
{
    [Fact]
    public void AWriteStoppedAfterItsFirstBatch_LeftTheDatabaseEmpty() => database.HeldDataAfterStop.ShouldBeFalse();

    [Fact]
    public void Generate_OnANonEmptyDatabase_ExitsWith4() =>
        (database.RefusedRun.Code, database.RefusedRun.Error.Contains("already holds data", StringComparison.Ordinal)).ShouldBe((ExitCodes.TargetNotEmpty, true));

    [Fact]
    public void Generate_WithReset_Succeeds()
    {
        database.ResetRun.Code.ShouldBe(ExitCodes.Success, database.ResetRun.Error);
    }
}

public sealed class SeededQuarterOnPostgresTests(SeededPostgres database) : SeededQuarterTests(database), IClassFixture<SeededPostgres>;
