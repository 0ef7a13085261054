using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using static TrainingDomain.Persistence.Tests.Databases.SeedData;

namespace TrainingDomain.Persistence.Tests.Search;

/// <summary>Two opened classes at two centres, taught by one lecturer, with learners whose names carry diacritics.</summary>
public static class LearnerSearchSeed
{
    public const string CityCenter = "TTCT-288";
    public const string NamSachCenter = "TTCT-291";
    public const string LecturerId = "gv-ls-01";

    private static readonly NominatingOrganization Ward = new("DU-01", NominatingOrganizationKind.PartyCell, "Đảng ủy phường Trần Hưng Đạo");
    private static readonly VerdictOverride Approval = new("Trưởng ban", "Cán bộ nguồn", Instant.FromUtc(2018, 1, 5, 2, 0));

    public static async Task WriteAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        db.AddRegistry(Registry());
        db.TrainingClasses.Add(Opened(CityCenter, "NTD-01/2018", D(2018, 3, 5), 4, ("Nguyễn Văn An", "030095000001"), ("Đặng Thị Giang", null), ("Lê Văn Ánh", null)));
        db.TrainingClasses.Add(Opened(NamSachCenter, "NTD-01/2018", D(2018, 12, 28), 4, ("Nguyễn Văn An", "030095000001"), ("Ngô Văn Anh", null)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static TrainingClass Opened(string centerId, string code, LocalDate start, int sessions, params (string Name, string? CitizenId)[] learners)
    {
        var trainingClass = new TrainingClass(Guid.NewGuid(), centerId, "NTD", code, "Hội trường", start, start.PlusDays(sessions / 2), 60);
        for (var k = 0; k < sessions; k++)
        {
            trainingClass.ScheduleSession(ClassSession.ForHalfDay(k + 1, start.PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD", 5, LecturerId));
        }

        trainingClass.RecordOpeningDecision(new ClassDecision("01-QĐ/TTCT", start.PlusDays(-10), "Giám đốc"));
        trainingClass.Approve(new ClassDecision("02-QĐ/HU", start.PlusDays(-20), "Thường trực"));
        trainingClass.StartEnrolment();
        var profiles = learners.Select(l => new LearnerProfile(l.Name) { CitizenId = l.CitizenId is { } id ? CitizenId.Parse(id) : null });
        trainingClass.ReceiveNominations(new NominationList(Ward, start.PlusDays(-7), profiles), ProgramCatalog.Default.Get("NTD"));
        foreach (var nomination in trainingClass.Nominations.ToList())
        {
            trainingClass.Enroll(nomination.Id, start.PlusDays(-3), nomination.Verdict.IsAccepted ? null : Approval);
        }

        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, start.PlusDays(-1), []));
        return trainingClass;
    }
}

public sealed class SqliteLearnerSearchDatabase : SqliteTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => LearnerSearchSeed.WriteAsync(db, cancellationToken);
}

public sealed class PostgresLearnerSearchDatabase : PostgresTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => LearnerSearchSeed.WriteAsync(db, cancellationToken);
}

/// <summary>The learner search and the teaching load run in SQL on both providers.</summary>
public abstract class LearnerSearchTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<string>> Find(string query, string? centre = null)
    {
        await using var db = database.Open();
        return (await LearnerSearch.FindAsync(db, query, centre, Token)).Select(m => $"{m.Learner.FullName}@{m.CenterId}").ToList();
    }

    [Theory]
    [InlineData("nguyen van an")]
    [InlineData("NGUYỄN VĂN AN")]
    [InlineData("nguyen van a")] // the last word may be the start of a word
    [InlineData("030095000001")]
    public async Task FindsTheLearnerIgnoringCaseAndDiacriticsByNameOrCitizenId(string query) =>
        (await Find(query)).ShouldBe([$"Nguyễn Văn An@{LearnerSearchSeed.CityCenter}", $"Nguyễn Văn An@{LearnerSearchSeed.NamSachCenter}"]);

    [Fact]
    public async Task ReadsĐAsDAndMatchesWholeWordsBeforeTheLast()
    {
        (await Find("dang thi giang")).ShouldBe([$"Đặng Thị Giang@{LearnerSearchSeed.CityCenter}"]);
        // Every learner's organisation is an "Đảng ủy", so "đặng" alone finds them all; with "thị" only the name matches.
        (await Find("đặng")).Count.ShouldBe(5);
        (await Find("đặng thị")).ShouldBe([$"Đặng Thị Giang@{LearnerSearchSeed.CityCenter}"]);
        // "an" is a whole word only in "Nguyễn Văn An"; "Anh" and "Ánh" are other names.
        (await Find("van an x")).ShouldBeEmpty();
    }

    [Fact]
    public async Task FindsByOrganisationInVietnameseNameOrderWithinACentre()
    {
        (await Find("dang uy phuong tran hung dao", LearnerSearchSeed.CityCenter)).ShouldBe(
            [$"Nguyễn Văn An@{LearnerSearchSeed.CityCenter}", $"Lê Văn Ánh@{LearnerSearchSeed.CityCenter}", $"Đặng Thị Giang@{LearnerSearchSeed.CityCenter}"]);
    }

    [Fact]
    public async Task APersonsEnrolmentsAreFoundByCitizenId()
    {
        await using var db = database.Open();
        var one = (await LearnerSearch.FindAsync(db, "nguyen van an", LearnerSearchSeed.NamSachCenter, Token)).Single();

        var all = await LearnerSearch.EnrollmentsOfPersonAsync(db, one.EnrollmentId, Token);

        all.Select(e => e.CenterId).ShouldBe([LearnerSearchSeed.CityCenter, LearnerSearchSeed.NamSachCenter]);
        (await LearnerSearch.EnrollmentsOfPersonAsync(db, Guid.NewGuid(), Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOverLongQueryIsRefused()
    {
        await using var db = database.Open();
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => LearnerSearch.FindAsync(db, new string('a', 101), null, Token));
    }

    [Fact]
    public async Task TheTeachingLoadCountsTheSessionsPerYear()
    {
        await using var db = database.Open();

        var load = await TeachingLoad.OfLecturerAsync(db, LearnerSearchSeed.LecturerId, Token);

        // The Nam Sách class runs 28/12/2018 to 30/12/2018: both classes in 2018, four 5-period sessions each.
        load.ShouldBe([new TeachingLoad(2018, 2, 8, 40)]);
        (await TeachingLoad.OfLecturerAsync(db, "gv-nobody", Token)).ShouldBeEmpty();
    }
}

public sealed class SqliteLearnerSearchTests(SqliteLearnerSearchDatabase database)
    : LearnerSearchTests<SqliteLearnerSearchDatabase>(database), IClassFixture<SqliteLearnerSearchDatabase>;

public sealed class PostgresLearnerSearchTests(PostgresLearnerSearchDatabase database)
    : LearnerSearchTests<PostgresLearnerSearchDatabase>(database), IClassFixture<PostgresLearnerSearchDatabase>;
