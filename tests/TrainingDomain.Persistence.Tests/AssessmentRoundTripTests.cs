using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Rules;

namespace TrainingDomain.Persistence.Tests;

/// <summary>
/// The assessment side read back, in a new context, as it was saved: bank questions (options in authoring order,
/// status, version), a blueprint (cells in order), a paper drawn for Kim Thành (question ids, variants, items, answer
/// keys, centre id) and results (score, class, attendance standing, verdict with its override); a bank loaded back
/// draws the same paper; queries by programme, status and centre run as SQL and select the rows memory selects.
/// </summary>
public abstract class AssessmentRoundTripTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private const string CenterId = "TT-293";
    private const string CentreCode = "KT";
    private static readonly Instant GeneratedAt = Instant.FromUtc(2030, 5, 2, 1, 30);
    private static readonly LocalDate ExamDay = new(2030, 5, 9);
    private static readonly VerdictOverride Approval = new("Giám đốc Trần Văn Bình", "Ốm nằm viện có giấy xác nhận", Instant.FromUtc(2030, 5, 8, 2, 0));

    // Tests share one database; each works on programmes and enrolments of its own.
    private static int _programme;

    private static string NewProgramme() => $"P{Interlocked.Increment(ref _programme):000}";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Options deliberately out of key order, so that an order that is not kept shows.
    private static Question MultipleChoice(string programme, string topic, Difficulty difficulty, int n) =>
        Question.MultipleChoice(
            Guid.NewGuid(),
            programme,
            topic,
            difficulty,
            $"Câu hỏi {n} chuyên đề {topic}?",
            [new("C", $"Phương án C{n}"), new("A", $"Phương án A{n}"), new("D", $"Phương án D{n}"), new("B", $"Phương án B{n}")],
            correctKey: n % 2 == 0 ? "A" : "D");

    private static Question Essay(string programme, int n) =>
        Question.Essay(Guid.NewGuid(), programme, "3", Difficulty.Hard, $"Liên hệ thực tiễn địa phương ({n}).", $"Nêu đủ ba ý, mỗi ý 2 điểm ({n}).");

    // A bank that a two-cell blueprint (four hard, two easy) with one essay can draw from: approved questions plus drafts and retired ones.
    private static List<Question> Bank(string programme)
    {
        var questions = new List<Question>();
        for (var n = 1; n <= 6; n++)
        {
            var easy = MultipleChoice(programme, "1", Difficulty.Easy, n);
            var hard = MultipleChoice(programme, "2", Difficulty.Hard, n + 10);
            easy.Approve();
            hard.Approve();
            questions.Add(easy);
            questions.Add(hard);
        }

        questions.Add(MultipleChoice(programme, "1", Difficulty.Easy, 99));
        var retired = MultipleChoice(programme, "2", Difficulty.Hard, 98);
        retired.Approve();
        retired.Retire();
        questions.Add(retired);
        for (var n = 1; n <= 2; n++)
        {
            var essay = Essay(programme, n);
            essay.Approve();
            questions.Add(essay);
        }

        return questions;
    }

    private static ExamBlueprint Blueprint(string programme) =>
        new(programme, [new BlueprintCell("2", Difficulty.Hard, 4), new BlueprintCell("1", Difficulty.Easy, 2)], essayCount: 1);

    private static QuestionBank InMemory(string programme, IEnumerable<Question> questions)
    {
        var bank = new QuestionBank(programme);
        foreach (var question in questions)
        {
            bank.Add(question);
        }

        return bank;
    }

    private async Task SaveAsync(Action<TrainingDbContext> add)
    {
        await using var db = database.Open();
        add(db);
        await db.SaveChangesAsync(Token);
    }

    private static string Describe(PaperItem item) =>
        $"{item.Number} {item.QuestionId} v{item.QuestionVersion} {item.Kind} {item.TopicCode} {item.Difficulty} {item.Stem} " +
        $"[{string.Join("|", item.Options.Select(o => $"{o.Key}:{o.Text}"))}] key {item.CorrectKey} guide {item.MarkingGuide}";

    private static IEnumerable<string> Flatten(Verdict verdict) =>
        verdict.Results.SelectMany(r => r.SelfAndDescendants()).Select(r =>
            $"{r.RuleId} v{r.RuleVersion} [{r.LegalBasis}] {r.Outcome}: {r.Message} | facts {string.Join(";", r.Facts.Select(f => $"{f.Name}={f.Value}"))} | missing {string.Join(",", r.MissingFacts)} | children {r.Children.Count}");

    [Fact]
    public async Task QuestionsReadBackWithOptionsInOrderStatusAndVersion()
    {
        var programme = NewProgramme();
        var revised = MultipleChoice(programme, "1", Difficulty.Medium, 1);
        revised.Approve();
        revised.ReviseMultipleChoice("Câu hỏi đã sửa?", [new("B", "Mới B"), new("A", "Mới A"), new("C", "Mới C")], "C");
        var essay = Essay(programme, 2);
        essay.Approve();
        var retired = MultipleChoice(programme, "2", Difficulty.Easy, 3);
        retired.Approve();
        retired.Retire();
        Question[] originals = [revised, essay, retired];
        await SaveAsync(db => db.Questions.AddRange(originals));

        await using var reader = database.Open();
        var stored = await reader.Questions.AsNoTracking().Where(q => q.ProgramCode == programme).ToListAsync(Token);

        stored.Count.ShouldBe(3);
        foreach (var original in originals)
        {
            var back = stored.Single(q => q.Id == original.Id);
            (back.ProgramCode, back.TopicCode, back.Difficulty, back.Kind, back.Stem, back.CorrectKey, back.MarkingGuide, back.Status, back.Version)
                .ShouldBe((original.ProgramCode, original.TopicCode, original.Difficulty, original.Kind, original.Stem, original.CorrectKey, original.MarkingGuide, original.Status, original.Version));
            back.Options.ShouldBe(original.Options);
        }

        var revisedBack = stored.Single(q => q.Id == revised.Id);
        revisedBack.Version.ShouldBe(2);
        revisedBack.Status.ShouldBe(QuestionStatus.Draft);
        revisedBack.Options.Select(o => o.Key).ShouldBe(["B", "A", "C"]);
        stored.Single(q => q.Id == essay.Id).Options.ShouldBeEmpty();
        stored.Single(q => q.Id == retired.Id).Status.ShouldBe(QuestionStatus.Retired);
    }

    [Fact]
    public async Task AnApprovalAndARevisionThroughALoadedBankAreSaved()
    {
        var programme = NewProgramme();
        var draft = MultipleChoice(programme, "1", Difficulty.Easy, 1);
        var approved = MultipleChoice(programme, "1", Difficulty.Easy, 2);
        approved.Approve();
        await SaveAsync(db => db.Questions.AddRange(draft, approved));

        await using (var db = database.Open())
        {
            var bank = await db.LoadQuestionBankAsync(programme, Token);
            bank.Questions.Count.ShouldBe(2);
            bank.Find(draft.Id).ShouldNotBeNull().Approve();
            bank.Find(approved.Id).ShouldNotBeNull().ReviseMultipleChoice("Câu hỏi viết lại?", [new("A", "Một"), new("B", "Hai")], "B");
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.Open();
        (await reader.Questions.AsNoTracking().SingleAsync(q => q.Id == draft.Id, Token)).Status.ShouldBe(QuestionStatus.Approved);
        var revised = await reader.Questions.AsNoTracking().SingleAsync(q => q.Id == approved.Id, Token);
        (revised.Status, revised.Version, revised.Stem, revised.CorrectKey).ShouldBe((QuestionStatus.Draft, 2, "Câu hỏi viết lại?", "B"));
        revised.Options.ShouldBe([new AnswerOption("A", "Một"), new AnswerOption("B", "Hai")]);
    }

    [Theory]
    [InlineData(QuestionStatus.Draft, 1)]
    [InlineData(QuestionStatus.Approved, 14)]
    [InlineData(QuestionStatus.Retired, 1)]
    public async Task QuestionsByProgrammeAndStatusMatchInMemory(QuestionStatus status, int expected)
    {
        var programme = NewProgramme();
        var questions = Bank(programme);
        var other = Bank(NewProgramme());
        await SaveAsync(db => db.Questions.AddRange(questions.Concat(other)));

        await using var db = database.Open();
        var query = db.Questions.AsNoTracking().Where(q => q.ProgramCode == programme && q.Status == status);
        var inSql = await query.Select(q => q.Id).ToListAsync(Token);

        query.ToQueryString().ShouldContain("WHERE");
        inSql.Count.ShouldBe(expected);
        inSql.ShouldBe(questions.Concat(other).Where(q => q.ProgramCode == programme && q.Status == status).Select(q => q.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task BlueprintReadsBackWithItsCellsInOrder()
    {
        var programme = NewProgramme();
        var original = Blueprint(programme);
        await SaveAsync(db => db.ExamBlueprints.Add(original));

        await using var reader = database.Open();
        var stored = await reader.ExamBlueprints.AsNoTracking().SingleAsync(b => b.ProgramCode == programme, Token);

        stored.Cells.ShouldBe(original.Cells);
        stored.Cells.Select(c => c.TopicCode).ShouldBe(["2", "1"]);
        stored.EssayCount.ShouldBe(1);
        stored.QuestionCount.ShouldBe(7);
    }

    [Fact]
    public async Task PaperReadsBackWithVariantsItemsAnswerKeysAndCentre()
    {
        var programme = NewProgramme();
        var questions = Bank(programme);
        var original = new ExamPaperGenerator().Generate(InMemory(programme, questions), Blueprint(programme), CentreCode, seed: 20300502, variantCount: 3, GeneratedAt);
        await using (var db = database.Open())
        {
            db.ExamPapers.Add(original);
            db.Entry(original).Property(ExamPaperConfiguration.CenterIdName).CurrentValue = CenterId;
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.Open();
        var stored = await reader.ExamPapers.SingleAsync(p => p.ProgramCode == programme, Token);

        (stored.ProgramCode, stored.CentreCode, stored.Seed, stored.GeneratedAt, stored.ReusedQuestionCount)
            .ShouldBe((programme, CentreCode, 20300502L, GeneratedAt, 0));
        stored.QuestionIds.ShouldBe(original.QuestionIds);
        stored.Variants.Select(v => v.Code).ShouldBe(["101", "102", "103"]);
        foreach (var variant in original.Variants)
        {
            var back = stored.Variant(variant.Code).ShouldNotBeNull();
            back.Items.Select(Describe).ShouldBe(variant.Items.Select(Describe));
            back.AnswerKey.ShouldBe(variant.AnswerKey);
            back.AnswerKey.Count.ShouldBe(6);
        }

        reader.Entry(stored).Property(ExamPaperConfiguration.CenterIdName).CurrentValue.ShouldBe(CenterId);
    }

    [Fact]
    public async Task APaperWithoutItsCentreIdIsRefused()
    {
        var programme = NewProgramme();
        var paper = new ExamPaperGenerator().Generate(InMemory(programme, Bank(programme)), Blueprint(programme), CentreCode, seed: 7, variantCount: 1, GeneratedAt);

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(db => db.ExamPapers.Add(paper)));

        await using var reader = database.Open();
        (await reader.ExamPapers.CountAsync(p => p.ProgramCode == programme, Token)).ShouldBe(0);
    }

    [Fact]
    public async Task ABankAndBlueprintReadBackDrawTheSamePaperAndAvoidStoredPapers()
    {
        var programme = NewProgramme();
        var questions = Bank(programme);
        var blueprint = Blueprint(programme);
        var generator = new ExamPaperGenerator();
        var first = generator.Generate(InMemory(programme, questions), blueprint, CentreCode, seed: 11, variantCount: 2, GeneratedAt);
        var expected = generator.Generate(InMemory(programme, questions), blueprint, CentreCode, seed: 12, variantCount: 2, GeneratedAt.Plus(Duration.FromDays(1)), [first]);
        await using (var db = database.Open())
        {
            db.Questions.AddRange(questions);
            db.ExamBlueprints.Add(blueprint);
            db.ExamPapers.Add(first);
            db.Entry(first).Property(ExamPaperConfiguration.CenterIdName).CurrentValue = CenterId;
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.Open();
        var bank = await reader.LoadQuestionBankAsync(programme, Token);
        var storedBlueprint = await reader.ExamBlueprints.AsNoTracking().SingleAsync(b => b.ProgramCode == programme, Token);
        var previous = await reader.ExamPapers.AsNoTracking().Where(p => p.CentreCode == CentreCode && p.ProgramCode == programme).ToListAsync(Token);
        var drawn = generator.Generate(bank, storedBlueprint, CentreCode, seed: 12, variantCount: 2, GeneratedAt.Plus(Duration.FromDays(1)), previous);

        bank.Questions.Count.ShouldBe(questions.Count);
        drawn.QuestionIds.ShouldBe(expected.QuestionIds);
        drawn.ReusedQuestionCount.ShouldBe(expected.ReusedQuestionCount);
        drawn.ReusedQuestionCount.ShouldBeGreaterThan(0);
        drawn.Variants.SelectMany(v => v.Items).Select(Describe).ShouldBe(expected.Variants.SelectMany(v => v.Items).Select(Describe));
    }

    [Fact]
    public async Task ResultsReadBackWithStandingVerdictOverrideAndCentre()
    {
        var passing = AssessmentResult.Record(Guid.NewGuid(), AssessmentKind.Test, Score.Of(8.5m), new AttendanceStanding(40, 36, 0, 0.8m), ExamDay);
        var overridden = AssessmentResult.Record(Guid.NewGuid(), AssessmentKind.FinalPaper, Score.Of(7.5m), new AttendanceStanding(40, 28, 0, 0.8m), ExamDay, Approval);
        var failing = AssessmentResult.Record(Guid.NewGuid(), AssessmentKind.Test, Score.Of(3m), new AttendanceStanding(35, 20, 5, 0.75m), ExamDay.PlusDays(1));
        AssessmentResult[] originals = [passing, overridden, failing];
        await using (var db = database.Open())
        {
            foreach (var result in originals)
            {
                db.AssessmentResults.Add(result);
                db.Entry(result).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = CenterId;
            }

            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.Open();
        var ids = originals.Select(r => r.EnrolmentId).ToList();
        var stored = await reader.AssessmentResults.Where(r => ids.Contains(r.EnrolmentId)).ToListAsync(Token);

        stored.Count.ShouldBe(3);
        foreach (var original in originals)
        {
            var back = stored.Single(r => r.EnrolmentId == original.EnrolmentId);
            (back.Kind, back.Score, back.Classification, back.GradingPolicyVersion, back.AssessedOn, back.IsPassing)
                .ShouldBe((original.Kind, original.Score, original.Classification, original.GradingPolicyVersion, original.AssessedOn, original.IsPassing));
            back.Attendance.ShouldBe(original.Attendance);
            back.AttendanceVerdict.RuleSetId.ShouldBe(original.AttendanceVerdict.RuleSetId);
            back.AttendanceVerdict.AsOf.ShouldBe(original.AttendanceVerdict.AsOf);
            back.AttendanceVerdict.Outcome.ShouldBe(original.AttendanceVerdict.Outcome);
            Flatten(back.AttendanceVerdict).ShouldBe(Flatten(original.AttendanceVerdict));
            back.AttendanceOverride.ShouldBe(original.AttendanceOverride);
            back.AttendanceAccepted.ShouldBe(original.AttendanceAccepted);
            reader.Entry(back).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue.ShouldBe(CenterId);
        }

        var overriddenBack = stored.Single(r => r.EnrolmentId == overridden.EnrolmentId);
        overriddenBack.AttendanceOverride.ShouldBe(Approval);
        overriddenBack.Attendance.MeetsThreshold.ShouldBeFalse();
        overriddenBack.Score.ToString().ShouldBe("7,5");
        stored.Single(r => r.EnrolmentId == passing.EnrolmentId).Classification.ShouldBe(ResultClass.Good);
        stored.Single(r => r.EnrolmentId == failing.EnrolmentId).Attendance.Threshold.ShouldBe(0.75m);
    }

    [Fact]
    public async Task ASecondResultOfTheSameKindForAnEnrolmentIsRefused()
    {
        var enrolmentId = Guid.NewGuid();
        var standing = new AttendanceStanding(40, 36, 0, 0.8m);
        await SaveAsync(db =>
        {
            var test = AssessmentResult.Record(enrolmentId, AssessmentKind.Test, Score.Of(6m), standing, ExamDay);
            var paper = AssessmentResult.Record(enrolmentId, AssessmentKind.FinalPaper, Score.Of(9m), standing, ExamDay);
            db.AssessmentResults.AddRange(test, paper);
            db.Entry(test).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = CenterId;
            db.Entry(paper).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = CenterId;
        });

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(db =>
        {
            var again = AssessmentResult.Record(enrolmentId, AssessmentKind.Test, Score.Of(9.5m), standing, ExamDay.PlusDays(7));
            db.AssessmentResults.Add(again);
            db.Entry(again).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = CenterId;
        }));

        await using var reader = database.Open();
        var stored = await reader.AssessmentResults.AsNoTracking().Where(r => r.EnrolmentId == enrolmentId).ToListAsync(Token);
        stored.Select(r => (r.Kind, r.Score)).ShouldBe([(AssessmentKind.FinalPaper, Score.Of(9m)), (AssessmentKind.Test, Score.Of(6m))], ignoreOrder: true);
    }

    [Fact]
    public async Task ResultsByCentreAndClassMatchInMemory()
    {
        var centre = $"TT-{Guid.NewGuid():N}"[..20];
        var standing = new AttendanceStanding(40, 40, 0, 0.8m);
        var results = new[] { 9.5m, 8m, 8.5m, 5m, 2m }
            .Select(s => AssessmentResult.Record(Guid.NewGuid(), AssessmentKind.Test, Score.Of(s), standing, ExamDay))
            .ToList();
        await using (var db = database.Open())
        {
            foreach (var (result, k) in results.Select((r, k) => (r, k)))
            {
                db.AssessmentResults.Add(result);
                db.Entry(result).Property(AssessmentResultConfiguration.CenterIdName).CurrentValue = k < 4 ? centre : CenterId;
            }

            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.Open();
        var query = reader.AssessmentResults.AsNoTracking()
            .Where(r => EF.Property<string>(r, AssessmentResultConfiguration.CenterIdName) == centre && r.Classification == ResultClass.Good);
        var inSql = await query.Select(r => r.EnrolmentId).ToListAsync(Token);

        query.ToQueryString().ShouldContain("WHERE");
        inSql.ShouldBe(results.Take(4).Where(r => r.Classification == ResultClass.Good).Select(r => r.EnrolmentId), ignoreOrder: true);
        inSql.Count.ShouldBe(2);
    }
}

public sealed class SqliteAssessmentRoundTripTests(SqliteDatabase database)
    : AssessmentRoundTripTests<SqliteDatabase>(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresAssessmentRoundTripTests(PostgresDatabase database)
    : AssessmentRoundTripTests<PostgresDatabase>(database), IClassFixture<PostgresDatabase>;
