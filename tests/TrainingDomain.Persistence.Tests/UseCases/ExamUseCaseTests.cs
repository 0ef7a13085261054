using Microsoft.EntityFrameworkCore;
using NodaTime.Testing;
using TrainingDomain.Assessment;
using TrainingDomain.Auditing;
using TrainingDomain.Organization;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>
/// The exam-set use cases on a real database: the bank's life cycle audited step by step, refusals (bad fields,
/// duplicates, stale pages, a bank too small) leaving the database as it was, imports all or nothing, blueprints with
/// their shortages, papers reproducible by seed, and every answer-key read recorded. Each test writes its questions
/// under topics of its own, so tests sharing the database never draw each other's questions.
/// </summary>
public abstract class ExamUseCaseTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private const string Admin = "admin@btg.haiduong";
    private const string Clerk = "canbo.kt@ttct";
    private const string Program = "NTD";
    private const string KimThanh = HaiDuongRegistry.KimThanhCenterId;

    private readonly FakeClock _clock = new(Instant.FromUtc(2018, 3, 1, 2, 0));

    private readonly string _topic = "T" + Guid.NewGuid().ToString("N")[..6];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AQuestionGoesFromDraftToApprovedToANewVersionToRetiredAndEveryStepIsAudited()
    {
        var id = await Exams(e => e.AddQuestionAsync(Program, Choice("Đảng Cộng sản Việt Nam được thành lập năm nào?"), Admin, Token));
        var added = await Exams(e => e.FindQuestionAsync(id, Token));
        added.Question.Status.ShouldBe(QuestionStatus.Draft);
        added.Question.ProgramCode.ShouldBe(Program);
        added.Question.Options.Select(o => o.Text).ShouldBe(["1925", "1930", "1945"]);

        await Exams(e => e.ApproveQuestionAsync(id, Admin, added.Revision, Token));
        var approved = await Exams(e => e.FindQuestionAsync(id, Token));
        approved.Question.Status.ShouldBe(QuestionStatus.Approved);
        approved.Revision.ShouldNotBe(added.Revision);

        var version = await Exams(e => e.ReviseQuestionAsync(
            id, Choice("Đảng Cộng sản Việt Nam ra đời vào năm nào?") with { CorrectKey = "b" }, Admin, approved.Revision, Token));
        version.ShouldBe(2);
        var revised = (await Exams(e => e.FindQuestionAsync(id, Token))).Question;
        revised.Status.ShouldBe(QuestionStatus.Draft);
        revised.Stem.ShouldBe("Đảng Cộng sản Việt Nam ra đời vào năm nào?");

        await Exams(e => e.ApproveQuestionAsync(id, Admin, cancellationToken: Token));
        await Exams(e => e.RetireQuestionAsync(id, "Nội dung đã đưa vào câu tổng hợp", Admin, cancellationToken: Token));

        await using var db = database.Open();
        var trail = await new AuditTrail(db).ForAsync("Question", id.ToString(), Token);
        trail.Select(t => t.Action).ShouldBe(["Question.Added", "Question.Approved", "Question.Revised", "Question.Approved", "Question.Retired"]);
        trail.ShouldAllBe(t => t.Actor == Admin && t.CenterId == null);
        trail[2].From.ShouldBe("v1 Đã duyệt");
        trail[2].To.ShouldNotBeNull().ShouldContain("v2");
        trail[4].Reason.ShouldBe("Nội dung đã đưa vào câu tổng hợp");
        (await new AuditTrail(db).VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task AnEssayKeepsItsMarkingGuideAndCannotBeTurnedIntoMultipleChoice()
    {
        var id = await Exams(e => e.AddQuestionAsync(Program, Essay("Trình bày ý nghĩa lịch sử của Cách mạng Tháng Tám"), Admin, Token));
        var essay = (await Exams(e => e.FindQuestionAsync(id, Token))).Question;
        essay.Kind.ShouldBe(QuestionKind.Essay);
        essay.MarkingGuide.ShouldBe("Nêu đủ 3 ý, mỗi ý 2 điểm");

        var refused = await Refused(() => Exams(e => e.ReviseQuestionAsync(id, Choice("Trình bày ý nghĩa lịch sử của Cách mạng Tháng Tám"), Admin, cancellationToken: Token)));

        refused.RuleId.ShouldBe(ExamUseCases.Reclassified);
        refused.Message.ShouldContain("tự luận");
    }

    [Fact]
    public async Task AnInvalidQuestionIsRefusedNamingEachFieldAndNothingIsWritten()
    {
        var before = await SnapshotAsync();
        var draft = new QuestionDraft(" ", Difficulty.Easy, QuestionKind.MultipleChoice, "", [new("A", "Một")], "C", null);

        var refused = await Refused(() => Exams(e => e.AddQuestionAsync(Program, draft, Admin, Token)));

        refused.RuleId.ShouldBe(ExamUseCases.InvalidQuestion);
        refused.Message.ShouldContain("Chưa nhập mã chuyên đề");
        refused.Message.ShouldContain("Chưa nhập nội dung câu hỏi");
        refused.Message.ShouldContain("ít nhất 2 phương án");
        refused.Message.ShouldContain("Đáp án «C» không phải là một trong các phương án");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnUnknownProgrammeIsRefusedByName()
    {
        var refused = await Refused(() => Exams(e => e.AddQuestionAsync("XYZ", Choice("Câu hỏi"), Admin, Token)));

        refused.RuleId.ShouldBe(ExamUseCases.UnknownProgram);
        refused.Message.ShouldContain("'XYZ'");
    }

    [Fact]
    public async Task AQuestionWithTheSameTextUpToCaseSpacesAndEndPunctuationIsRefusedAsADuplicate()
    {
        await Exams(e => e.AddQuestionAsync(Program, Choice($"Nghị quyết {_topic} được ban hành năm nào?"), Admin, Token));
        var before = await SnapshotAsync();

        var refused = await Refused(() => Exams(e => e.AddQuestionAsync(Program, Choice($"  nghị quyết   {_topic.ToLowerInvariant()} ĐƯỢC ban hành năm nào "), Admin, Token)));

        refused.RuleId.ShouldBe(ExamUseCases.DuplicateStem);
        refused.Message.ShouldContain("đã có câu hỏi cùng nội dung");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnEditFromAPageOpenedBeforeSomeoneElseApprovedTheQuestionIsToldToReloadAndChangesNothing()
    {
        var id = await Exams(e => e.AddQuestionAsync(Program, Choice($"Câu hỏi {_topic} về Đại hội XII"), Admin, Token));
        var page = await Exams(e => e.FindQuestionAsync(id, Token));
        await Exams(e => e.ApproveQuestionAsync(id, "admin2@btg", page.Revision, Token));
        var before = await SnapshotAsync();

        var refused = await Refused(() => Exams(e => e.ReviseQuestionAsync(id, Choice($"Câu hỏi {_topic} về Đại hội XIII"), Admin, page.Revision, Token)));
        var stale = await Refused(() => Exams(e => e.ApproveQuestionAsync(id, Admin, page.Revision, Token)));

        refused.RuleId.ShouldBe("Data.Changed");
        refused.Message.ShouldContain("tải lại");
        stale.RuleId.ShouldBe("Data.Changed");
        (await SnapshotAsync()).ShouldBe(before);
        var stored = (await Exams(e => e.FindQuestionAsync(id, Token))).Question;
        stored.Stem.ShouldEndWith("Đại hội XII");
        stored.Version.ShouldBe(1);
    }

    [Fact]
    public async Task RetiringNeedsAReasonAndAnApprovedQuestion()
    {
        var id = await Exams(e => e.AddQuestionAsync(Program, Choice($"Câu hỏi {_topic} cần lý do"), Admin, Token));
        var before = await SnapshotAsync();

        var noReason = await Refused(() => Exams(e => e.RetireQuestionAsync(id, "  ", Admin, cancellationToken: Token)));
        var draft = await Refused(() => Exams(e => e.RetireQuestionAsync(id, "Trùng ý", Admin, cancellationToken: Token)));
        var unknown = await Refused(() => Exams(e => e.ApproveQuestionAsync(Guid.NewGuid(), Admin, cancellationToken: Token)));

        noReason.RuleId.ShouldBe(ExamUseCases.ReasonRequired);
        draft.RuleId.ShouldBe("Question.NotApproved");
        unknown.RuleId.ShouldBe(ExamUseCases.QuestionNotFound);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnImportWritesEveryRowAsADraftWithAnAuditEntryEach()
    {
        var rows = Enumerable.Range(1, 5).Select(i => Choice($"Câu nhập {_topic} số {i}")).Append(Essay($"Câu tự luận nhập {_topic}")).ToList();

        var ids = await Exams(e => e.ImportQuestionsAsync(Program, rows, Admin, Token));

        ids.Count.ShouldBe(6);
        await using var db = database.Open();
        var stored = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToListAsync(Token);
        stored.Count.ShouldBe(6);
        stored.ShouldAllBe(q => q.Status == QuestionStatus.Draft && q.TopicCode == _topic);
        (await db.AuditEntries.CountAsync(a => a.Action == "Question.Imported" && ids.Select(i => i.ToString()).Contains(a.EntityId), Token)).ShouldBe(6);
    }

    [Fact]
    public async Task AnImportWithABadRowADuplicateRowOrAQuestionAlreadyInTheBankWritesNothingAndNamesEachRow()
    {
        await Exams(e => e.AddQuestionAsync(Program, Choice($"Câu đã có {_topic}"), Admin, Token));
        var rows = new List<QuestionDraft>
        {
            Choice($"Câu mới {_topic} 1"),
            Choice($"Câu mới {_topic} 2") with { CorrectKey = "D" },
            Choice($"câu mới {_topic} 1?"),
            Choice($"Câu đã có {_topic}."),
            Essay($"Câu tự luận {_topic}") with { MarkingGuide = null },
        };
        var before = await SnapshotAsync();

        var problems = await Exams(e => e.CheckImportAsync(Program, rows, Token));
        var refused = await Refused(() => Exams(e => e.ImportQuestionsAsync(Program, rows, Admin, Token)));

        problems.Select(p => (p.Index, p.Field)).ShouldBe([(1, QuestionFields.CorrectKey), (2, QuestionFields.Stem), (3, QuestionFields.Stem), (4, QuestionFields.MarkingGuide)]);
        problems[1].Message.ShouldBe("Trùng nội dung với dòng 1 của danh sách.");
        problems[2].Message.ShouldContain("đã có câu hỏi cùng nội dung");
        refused.RuleId.ShouldBe(ExamUseCases.ImportRefused);
        refused.Message.ShouldContain("4 dòng có lỗi");
        refused.Message.ShouldContain("dòng 2:");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task SavingABlueprintReplacesTheProgrammesOldOneAndReportsWhereTheApprovedQuestionsFallShort()
    {
        await ApprovedAsync(Difficulty.Easy, 3);
        await Exams(e => e.AddQuestionAsync(Program, Choice($"Câu nháp {_topic}") with { Difficulty = Difficulty.Hard }, Admin, Token));
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Medium, 9)]), Admin, Token));

        var report = await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 2), new(_topic, Difficulty.Hard, 1)], essayCount: 1), Admin, Token));

        report.Shortages.Select(s => (s.Kind, s.Difficulty, s.Required, s.Available)).ShouldBe(
            [(QuestionKind.MultipleChoice, Difficulty.Hard, 1, 0), (QuestionKind.Essay, (Difficulty?)null, 1, await ApprovedEssaysAsync())]);
        report.CanGenerate.ShouldBeFalse();
        var stored = await Exams(e => e.BlueprintOfAsync(Program, Token));
        stored.ShouldNotBeNull().Blueprint.Cells.Select(c => (c.TopicCode, c.Difficulty, c.Count)).ShouldBe([(_topic, Difficulty.Easy, 2), (_topic, Difficulty.Hard, 1)]);
        stored.Shortages.Count.ShouldBe(report.Shortages.Count);
        await using var db = database.Open();
        (await db.ExamBlueprints.CountAsync(b => b.ProgramCode == Program, Token)).ShouldBe(1);
        var trail = await new AuditTrail(db).ForAsync("ExamBlueprint", Program, Token);
        trail[^1].From.ShouldNotBeNull().ShouldContain("×9");
        trail[^1].To.ShouldNotBeNull().ShouldContain("×2");
    }

    [Fact]
    public async Task APaperIsRefusedWhenTheBankCannotFillTheBlueprintNamingTheShortCellAndNothingIsWritten()
    {
        await ApprovedAsync(Difficulty.Easy, 2);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 4)]), Admin, Token));
        var before = await SnapshotAsync();

        var refused = await Refused(() => Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 7, 2), Clerk, Token)));

        refused.RuleId.ShouldBe("Exam.BankTooSmall");
        refused.Message.ShouldContain($"Chuyên đề {_topic}, mức Dễ: cần 4 câu, ngân hàng chỉ có 2 câu đã duyệt (thiếu 2)");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ThePaperIsRefusedForAnUnknownCentreTooManyVariantsOrAProgrammeWithoutBlueprint()
    {
        await ApprovedAsync(Difficulty.Easy, 2);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 2)]), Admin, Token));

        (await Refused(() => Exams(e => e.GeneratePaperAsync(new GeneratePaper("TTCT-999", Program, 7, 2), Clerk, Token)))).RuleId.ShouldBe("Center.NotFound");
        (await Refused(() => Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 7, 0), Clerk, Token)))).RuleId.ShouldBe(ExamUseCases.VariantCountOutOfRange);
        (await Refused(() => Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, "CNKT", 7, 2), Clerk, Token)))).RuleId.ShouldBe(ExamUseCases.BlueprintNotFound);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSamePaperVariantByVariantAndItReadsBackAsGenerated()
    {
        var everything = TrainingPolicies.Default with { Papers = PaperPolicy.Default with { RecentPapersToAvoid = 0 } };
        await ApprovedAsync(Difficulty.Easy, 6);
        await ApprovedAsync(Difficulty.Hard, 4);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 4), new(_topic, Difficulty.Hard, 2)]), Admin, Token));

        var first = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 20180415, 3), Clerk, Token), everything);
        var second = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 20180415, 3), Clerk, Token), everything);
        var other = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 42, 3), Clerk, Token), everything);

        second.Id.ShouldNotBe(first.Id);
        Print(second.Paper).ShouldBe(Print(first.Paper));
        Print(other.Paper).ShouldNotBe(Print(first.Paper));
        first.Paper.Variants.Select(v => v.Code).ShouldBe(["101", "102", "103"]);
        var stored = await Exams(e => e.FindPaperAsync(first.Id, Token));
        stored.CenterId.ShouldBe(KimThanh);
        stored.Paper.Seed.ShouldBe(20180415);
        Print(stored.Paper).ShouldBe(Print(first.Paper));
        stored.Paper.Variants[0].Items.Count.ShouldBe(6);
        stored.Paper.Variants[0].AnswerKey.Count.ShouldBe(6);
        await using var db = database.Open();
        var trail = await new AuditTrail(db).ForAsync("ExamPaper", first.Id.ToString(), Token);
        trail.Single().Action.ShouldBe("ExamPaper.Generated");
        trail.Single().CenterId.ShouldBe(KimThanh);
    }

    [Fact]
    public async Task TheNextPaperOfTheCentreAvoidsTheQuestionsOfItsLastPaper()
    {
        await ApprovedAsync(Difficulty.Medium, 6);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Medium, 3)]), Admin, Token));

        var first = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 1, 1), Clerk, Token));
        var second = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 1, 1), Clerk, Token));

        second.Paper.QuestionIds.Intersect(first.Paper.QuestionIds).ShouldBeEmpty();
        second.Paper.ReusedQuestionCount.ShouldBe(0);
    }

    [Fact]
    public async Task ReadingAnAnswerKeyIsRecordedWithWhoWhichPaperAndWhichVariantAndALecturerIsRefusedUnrecorded()
    {
        await ApprovedAsync(Difficulty.Easy, 3);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 3)]), Admin, Token));
        var paper = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 5, 2), Clerk, Token));

        var key = await Exams(e => e.ReadAnswerKeyAsync(paper.Id, "102", new KeyReader("giamdoc.kt@ttct", ["CenterManager"]), Token));
        var before = await SnapshotAsync();
        var lecturer = await Refused(() => Exams(e => e.ReadAnswerKeyAsync(paper.Id, "101", new KeyReader("gv@ttct", ["Lecturer"]), Token)));
        var staff = await Refused(() => Exams(e => e.ReadAnswerKeyAsync(paper.Id, "101", new KeyReader(Clerk, ["CenterStaff"]), Token)));
        var noVariant = await Refused(() => Exams(e => e.ReadAnswerKeyAsync(paper.Id, "109", new KeyReader(Admin, ["ProvinceAdmin"]), Token)));

        key.Variant.Code.ShouldBe("102");
        key.Variant.AnswerKey.ShouldBe(paper.Paper.Variant("102")!.AnswerKey);
        lecturer.RuleId.ShouldBe(ExamUseCases.KeyNotAllowed);
        staff.RuleId.ShouldBe(ExamUseCases.KeyNotAllowed);
        noVariant.RuleId.ShouldBe(ExamUseCases.PaperNotFound);
        (await SnapshotAsync()).ShouldBe(before);
        await using var db = database.Open();
        var read = (await new AuditTrail(db).ForAsync("ExamPaper", paper.Id.ToString(), Token)).Where(a => a.Action == "ExamPaper.KeyRead").ToList();
        read.Select(r => (r.Actor, r.To, r.CenterId)).ShouldBe([("giamdoc.kt@ttct", "Mã đề 102", KimThanh)]);
    }

    [Fact]
    public async Task AProvinceThatLetsCentreStaffReadKeysConfiguresItInThePolicy()
    {
        var staffMayRead = TrainingPolicies.Default with { AnswerKeys = new AnswerKeyPolicy(["ProvinceAdmin", "CenterManager", "CenterStaff"]) };
        await ApprovedAsync(Difficulty.Easy, 2);
        await Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(Program, [new(_topic, Difficulty.Easy, 2)]), Admin, Token));
        var paper = await Exams(e => e.GeneratePaperAsync(new GeneratePaper(KimThanh, Program, 5, 1), Clerk, Token));

        var key = await Exams(e => e.ReadAnswerKeyAsync(paper.Id, "101", new KeyReader(Clerk, ["CenterStaff"]), Token), staffMayRead);

        key.Variant.AnswerKey.Count.ShouldBe(2);
    }

    private QuestionDraft Choice(string stem) =>
        QuestionDraft.MultipleChoice(_topic, Difficulty.Easy, stem, [new("A", "1925"), new("B", "1930"), new("C", "1945")], "B");

    private QuestionDraft Essay(string stem) => QuestionDraft.Essay(_topic, Difficulty.Medium, stem, "Nêu đủ 3 ý, mỗi ý 2 điểm");

    private static string Print(ExamPaper paper) =>
        string.Join("\n", paper.Variants.SelectMany(v => v.Items.Select(i =>
            $"{v.Code}|{i.Number}|{i.QuestionId}|{string.Join(",", i.Options.Select(o => o.Key + o.Text))}|{i.CorrectKey}")));

    private async Task ApprovedAsync(Difficulty difficulty, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var draft = Choice($"Câu {_topic} {difficulty} số {i}") with { Difficulty = difficulty };
            var id = await Exams(e => e.AddQuestionAsync(Program, draft, Admin, Token));
            await Exams(e => e.ApproveQuestionAsync(id, Admin, cancellationToken: Token));
        }
    }

    private async Task<int> ApprovedEssaysAsync()
    {
        await using var db = database.Open();
        return await db.Questions.CountAsync(q => q.ProgramCode == Program && q.Kind == QuestionKind.Essay && q.Status == QuestionStatus.Approved, Token);
    }

    private async Task<T> Exams<T>(Func<ExamUseCases, Task<T>> call, TrainingPolicies? policies = null)
    {
        await using var db = database.Open();
        return await call(new ExamUseCases(db, _clock, policies));
    }

    private async Task Exams(Func<ExamUseCases, Task> call)
    {
        await using var db = database.Open();
        await call(new ExamUseCases(db, _clock));
    }

    private static Task<DomainRuleException> Refused(Func<Task> call) => Should.ThrowAsync<DomainRuleException>(call);

    // Everything a refused call could have touched: questions (status, version, text), blueprints, papers, the trail.
    private async Task<string> SnapshotAsync()
    {
        await using var db = database.Open();
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Id).Select(q => q.Id + ":" + q.Status + ":" + q.Version + ":" + q.Stem).ToListAsync(Token);
        var blueprints = await db.ExamBlueprints.AsNoTracking().Select(b => b.ProgramCode + b.EssayCount).ToListAsync(Token);
        var papers = await db.ExamPapers.CountAsync(Token);
        var audit = await db.AuditEntries.CountAsync(Token);
        return string.Join("|", string.Join(",", questions), string.Join(",", blueprints.Order()), papers, audit);
    }
}

public sealed class SqliteExamUseCaseTests(SqliteUseCaseDatabase database) : ExamUseCaseTests<SqliteUseCaseDatabase>(database), IClassFixture<SqliteUseCaseDatabase>;

public sealed class PostgresExamUseCaseTests(PostgresUseCaseDatabase database) : ExamUseCaseTests<PostgresUseCaseDatabase>(database), IClassFixture<PostgresUseCaseDatabase>;
