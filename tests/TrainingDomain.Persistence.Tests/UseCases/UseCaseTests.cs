using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Auditing;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>
/// The library's use cases on a real database: a class from plan to certificates survives a restart field by field;
/// two enrolments into the last seat and twenty concurrent certificate issues on real parallel connections; bad input
/// refused with a named error and nothing written; the audit trail detects a tampered entry.
/// </summary>
public abstract partial class UseCaseTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFullClassReadsBackAfterARestartWithVerdictsAttendanceResultsAndCertificates()
    {
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 21);
        var issued = await IssueAllAsync(journey);

        await using var db = database.Open();
        var stored = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == journey.ClassId, Token);

        stored.Status.ShouldBe(ClassStatus.Completed);
        stored.Code.ShouldBe(journey.Code);
        stored.ApprovalDecision.ShouldBe(new ClassDecision("12-QĐ/HU", journey.Start.PlusDays(-25), "Bí thư Huyện ủy"));
        stored.OpeningDecision!.Number.ShouldBe("45-QĐ/TTCT");
        stored.Sessions.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 10));
        stored.TotalPeriods.ShouldBe(50);
        stored.OpeningVerdict.ShouldNotBeNull().Outcome.ShouldBe(VerdictOutcome.Eligible);
        stored.OpeningVerdict.Results.Select(r => r.RuleId).ShouldBe(OpeningRules.Default().Rules.Select(r => r.Id));

        // Nominations keep their order and verdicts; the Party member was enrolled by an override recorded on the verdict.
        stored.Enrollments.Count.ShouldBe(22);
        stored.Enrollments.Select(e => e.Learner.FullName).Take(3).ShouldBe(["Học viên 001", "Học viên 002", "Học viên 003"]);
        var overridden = stored.Enrollments.Single(e => e.Learner.FullName == "Đảng viên Lê Văn Cường");
        overridden.Verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        overridden.Verdict.Override.ShouldBe(ClassJourney.Approval);
        overridden.Verdict.FailedRules.ShouldNotBeEmpty();
        overridden.Verdict.FailedRules.ShouldAllBe(r => r.Message.Length > 0);
        stored.Enrollments[0].Verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        stored.Enrollments[0].Verdict.Results.ShouldNotBeEmpty();

        // Attendance: every mark, with the excused absence's reason and who recorded it.
        var absentee = stored.Enrollments[1];
        absentee.Marks.Count.ShouldBe(10);
        absentee.MarkFor(3)!.Mark.ShouldBe(AttendanceMark.ExcusedAbsence);
        absentee.MarkFor(3)!.Reason.ShouldBe("Ốm");
        absentee.MarkFor(4)!.Mark.ShouldBe(AttendanceMark.UnexcusedAbsence);
        stored.Enrollments[0].Marks.ShouldAllBe(m => m.Mark == AttendanceMark.Present);
        stored.AttendanceAudit.ShouldAllBe(a => a.RecordedBy == ClassJourney.Clerk);

        // Results: score, classification, attendance standing and verdict; the outcome on the enrolment.
        var results = await db.AssessmentResults.AsNoTracking().Where(r => r.EnrolmentId == absentee.Id || r.EnrolmentId == stored.Enrollments[0].Id).ToListAsync(Token);
        var failed = results.Single(r => r.EnrolmentId == absentee.Id);
        failed.Score.ShouldBe(Score.Of(4.0m));
        failed.IsPassing.ShouldBeFalse();
        failed.Attendance.AttendedPeriods.ShouldBe(35);
        failed.AttendanceVerdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        var passed = results.Single(r => r.EnrolmentId == stored.Enrollments[0].Id);
        passed.Score.ShouldBe(Score.Of(8.5m));
        passed.Classification.ShouldBe(ResultClass.Good);
        passed.AttendanceVerdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        stored.Enrollments[0].Passed.ShouldBe(true);
        absentee.Passed.ShouldBe(false);

        // Certificates: everyone who passed, gap-free numbers, verdicts read back; the absentee listed with the reason.
        issued.Issued.Count.ShouldBe(21);
        issued.NotIssued.Single().LearnerName.ShouldBe("Học viên 002");
        var register = await db.CertificateRegisters.AsNoTracking()
            .SingleAsync(r => EF.Property<string>(r, "CenterId") == UseCaseSeed.CenterId && r.Year == journey.Start.Year, Token);
        var mine = register.Certificates.Where(c => issued.Issued.Any(i => i.Number == c.Number)).ToList();
        mine.Select(c => (c.Number, c.LearnerName, c.VerificationCode)).ShouldBe(issued.Issued.Select(c => (c.Number, c.LearnerName, c.VerificationCode)), ignoreOrder: true);
        mine.ShouldAllBe(c => c.Verdict.Outcome == VerdictOutcome.Eligible && c.Status == CertificateStatus.Valid);
        register.Certificates.Select(c => c.Sequence).Order().ShouldBe(Enumerable.Range(1, register.Certificates.Count));

        // The trail recorded the journey and holds.
        var trail = new AuditTrail(db);
        var history = (await trail.ForAsync("Enrollment", overridden.Id.ToString(), Token)).Select(e => e.Action).ToList();
        history.ShouldBe(["Enrollment.Enrolled", "Verdict.Overridden", .. Enumerable.Repeat("Attendance.Marked", 10), "Result.Recorded"]);
        (await trail.VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task TwoAdministratorsEnrollingIntoTheLastSeatOneSucceedsTheOtherIsToldToReload()
    {
        var journey = new ClassJourney(database);
        await journey.EnrollingAsync(capacity: 2);
        journey.At(journey.Start.PlusDays(-7));
        var list = new NominationList(ClassJourney.Cell, journey.Start.PlusDays(-8), [ClassJourney.Eligible("An"), ClassJourney.Eligible("Bình"), ClassJourney.Eligible("Cường")]);
        var nominations = await journey.Step(c => c.ReceiveNominationsAsync(journey.ClassId, list, ClassJourney.Clerk));
        await journey.Step(c => c.EnrolAsync(journey.ClassId, [new EnrolmentRequest(nominations[0].Id)], ClassJourney.Clerk));
        int seen;
        await using (var page = database.Open())
        {
            seen = page.VersionOf(await page.TrainingClasses.SingleAsync(c => c.Id == journey.ClassId, Token));
        }

        // Both pages showed one free seat; both submit at once, on connections of their own.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = new[] { nominations[1].Id, nominations[2].Id }.Select(id => Task.Run(async () =>
        {
            await using var db = database.Open();
            var classes = journey.Classes(db);
            await start.Task;
            await classes.EnrolAsync(journey.ClassId, [new EnrolmentRequest(id)], ClassJourney.Clerk, seen, Token);
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return null;
            }
            catch (DomainRuleException refused)
            {
                return refused;
            }
        }));

        outcomes.Count(o => o is null).ShouldBe(1);
        var loser = outcomes.Single(o => o is not null)!;
        loser.RuleId.ShouldBe("Data.Changed");
        loser.Message.ShouldContain("tải lại");
        await using var reader = database.Open();
        (await reader.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == journey.ClassId, Token)).ActiveEnrollmentCount.ShouldBe(2);
    }

    [Fact]
    public async Task TwentyConcurrentIssuesTakeTwentyUniqueGapFreeNumbers()
    {
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 21);
        var passing = (await journey.EnrolmentsAsync()).Where((_, i) => i != 1).Take(20).ToList();
        int before;
        await using (var db = database.Open())
        {
            before = await CertificatesOfYearAsync(db, journey.Start.Year);
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var issues = passing.Select(id => Task.Run(async () =>
        {
            await using var db = database.Open();
            var certificates = journey.Certificates(db);
            await start.Task;
            return await certificates.IssueToLearnerAsync(journey.ClassId, id, ClassJourney.Clerk, "KT", Token);
        })).ToList();
        start.SetResult();
        var batches = await Task.WhenAll(issues);

        var numbers = batches.SelectMany(b => b.Issued).Select(c => c.Sequence).ToList();
        numbers.Count.ShouldBe(20);
        numbers.Distinct().Count().ShouldBe(20);
        numbers.Order().ShouldBe(Enumerable.Range(before + 1, 20));
        await using var reader = database.Open();
        (await CertificatesOfYearAsync(reader, journey.Start.Year)).ShouldBe(before + 20);
        (await new AuditTrail(reader).VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task AnUnknownClassIsRefusedByName()
    {
        var journey = new ClassJourney(database);
        var unknown = Guid.NewGuid();

        var refused = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.StartEnrolmentAsync(unknown, ClassJourney.Clerk)));

        refused.RuleId.ShouldBe(ClassUseCases.ClassNotFound);
        refused.Message.ShouldContain(unknown.ToString());
    }

    [Fact]
    public async Task ALearnerAlreadyNominatedIsRefusedAndTheListIsNotWritten()
    {
        var journey = new ClassJourney(database);
        await journey.EnrolledAsync(learners: 3);
        var before = await SnapshotAsync(journey.ClassId);
        var list = new NominationList(ClassJourney.Cell, journey.Start.PlusDays(-6), [ClassJourney.Eligible("Học viên mới"), ClassJourney.Eligible("Học viên 002")]);

        var refused = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.EnrolNominationListAsync(journey.ClassId, list, ClassJourney.Clerk)));

        refused.RuleId.ShouldBe(ClassUseCases.DuplicateLearner);
        refused.Message.ShouldContain("Học viên 002");
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
    }

    [Fact]
    public async Task AMarkForASessionOrALearnerOfAnotherClassIsRefusedAndNothingIsMarked()
    {
        var other = new ClassJourney(database);
        await other.EnrolledAsync(learners: 2);
        var strangers = await other.EnrolmentsAsync();
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 20);
        var mine = await journey.EnrolmentsAsync();
        var before = await SnapshotAsync(journey.ClassId);

        var noSession = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c =>
            c.MarkAttendanceAsync(journey.ClassId, 11, [new AttendanceLine(mine[0], AttendanceMark.Late, Why: "Đi muộn")], ClassJourney.Clerk)));
        var stranger = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c =>
            c.MarkAttendanceAsync(journey.ClassId, 1, [new AttendanceLine(mine[0], AttendanceMark.Late, Why: "Đi muộn"), new AttendanceLine(strangers[0], AttendanceMark.Present)], ClassJourney.Clerk)));

        noSession.RuleId.ShouldBe(ClassUseCases.NotOfThisClass);
        noSession.Message.ShouldContain("buổi số 11");
        stranger.RuleId.ShouldBe(ClassUseCases.NotOfThisClass);
        stranger.Message.ShouldContain(strangers[0].ToString());
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
    }

    [Theory]
    [InlineData(10.5)]
    [InlineData(-1)]
    // Scores are kept to one decimal.
    [InlineData(7.25)]
    public async Task AScoreOutsideZeroToTenIsRefusedNamingTheLearnerAndNoResultIsWritten(double score)
    {
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 20);
        var mine = await journey.EnrolmentsAsync();
        var before = await SnapshotAsync(journey.ClassId);

        var refused = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.RecordResultsAsync(
            journey.ClassId, AssessmentKind.FinalPaper, [new ScoreLine(mine[0], 9.0m), new ScoreLine(mine[2], (decimal)score)], ClassJourney.Clerk)));

        refused.RuleId.ShouldBe(ClassUseCases.ScoreOutOfRange);
        refused.Message.ShouldContain("Học viên 003");
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
    }

    [Fact]
    public async Task ClosingTheAssessmentMakesTheResultsFinalButCertificatesCanStillBeIssued()
    {
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 20);
        var mine = await journey.EnrolmentsAsync();

        await journey.Step(c => c.CloseAsync(journey.ClassId, ClassJourney.Director));
        var before = await SnapshotAsync(journey.ClassId);
        var refused = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.RecordResultsAsync(
            journey.ClassId, AssessmentKind.FinalPaper, [new ScoreLine(mine[0], 9.0m)], ClassJourney.Clerk)));

        refused.RuleId.ShouldBe("Class.NotCompleted");
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
        await using var db = journey.Open();
        (await db.TrainingClasses.Where(c => c.Id == journey.ClassId).Select(c => c.Status).SingleAsync(Token)).ShouldBe(ClassStatus.Closed);
        var batch = await new CertificateUseCases(db, journey.Clock).IssueToClassAsync(journey.ClassId, ClassJourney.Director, cancellationToken: Token);
        batch.Issued.Count.ShouldBe(20);
    }

    [Fact]
    public async Task OpeningAClassThatBreaksARuleWritesNothingAndSaysWhichRule()
    {
        var journey = new ClassJourney(database);
        await journey.EnrolledAsync(learners: 5);
        var before = await SnapshotAsync(journey.ClassId);

        var outcome = await journey.Step(c => c.OpenAsync(journey.ClassId, ClassJourney.Director));

        outcome.Opened.ShouldBeFalse();
        outcome.Verdict.FailedRules.Select(r => r.RuleId).ShouldBe([ClassSizeRule.RuleId]);
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
    }

    [Fact]
    public async Task ASessionWithALecturerBookedElsewhereIsRefusedWithTheClash()
    {
        var first = new ClassJourney(database);
        await first.EnrollingAsync();
        var second = new ClassJourney(database);
        second.At(first.Start.PlusDays(-30));
        var id = await second.Step(c => c.PlanAsync(new PlanClass(UseCaseSeed.CenterId, "NTD", second.Code, "Nhà văn hóa xã", first.Start, first.Start.PlusDays(4), 60), ClassJourney.Clerk));
        var clashing = ClassSession.ForHalfDay(1, first.Start, Lecturers.HalfDay.Morning, "NTD-01", 5, UseCaseSeed.Lecturer);

        var refused = await Should.ThrowAsync<DomainRuleException>(() => second.Step(c => c.ScheduleSessionAsync(id, clashing, ClassJourney.Clerk)));
        await second.Step(c => c.ScheduleSessionAsync(
            id, ClassSession.ForHalfDay(1, first.Start, Lecturers.HalfDay.Morning, "NTD-01", 5, UseCaseSeed.OtherLecturer), ClassJourney.Clerk));

        refused.RuleId.ShouldBe(ClassUseCases.LecturerRefused);
        refused.Message.ShouldContain(first.Code);
    }

    [Fact]
    public async Task DutyAssignmentsAndRecognitionsAreStoredAndAudited()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2018, 2, 1, 2, 0));
        var centerId = HaiDuongRegistry.CenterIdOf("290");
        await using (var db = database.Open())
        {
            var staffing = new StaffingUseCases(db, clock);
            await staffing.HireAsync(centerId, "gd", "Nguyễn Văn An", StaffPosition.Director, new LocalDate(2018, 1, 1), "admin@btg", Token);
            await staffing.HireAsync(centerId, "cv1", "Trần Thị Bình", StaffPosition.Specialist, new LocalDate(2018, 1, 2), "admin@btg", Token);
            await staffing.AssignDutyAsync(centerId, DutyCodes.Enrolment, "cv1", DutyRole.Accountable, new LocalDate(2018, 1, 15), "admin@btg", Token);
            await staffing.EndDutyAsync(centerId, DutyCodes.Enrolment, "cv1", new LocalDate(2018, 1, 31), "admin@btg", "Chuyển công tác", Token);
        }

        await using var reader = database.Open();
        var stored = await reader.CenterStaffings.AsNoTracking().SingleAsync(s => s.CenterId == centerId, Token);
        stored.Staff.Select(s => s.FullName).ShouldBe(["Nguyễn Văn An", "Trần Thị Bình"]);
        stored.FindStaff("gd")!.PositionOn(new LocalDate(2018, 3, 1)).ShouldBe(StaffPosition.Director);
        stored.DutyAssignments.Single().ValidTo.ShouldBe(new LocalDate(2018, 1, 31));
        stored.CheckAccountability(new LocalDate(2018, 1, 20)).UnownedMandatoryDuties.ShouldNotContain(d => d.Code == DutyCodes.Enrolment);
        stored.CheckAccountability(new LocalDate(2018, 2, 1)).UnownedMandatoryDuties.ShouldContain(d => d.Code == DutyCodes.Enrolment);
        var trail = await new AuditTrail(reader).ForAsync("DutyAssignment", $"{centerId}/{DutyCodes.Enrolment}", Token);
        trail.Select(e => (e.Action, e.Reason)).ShouldBe([("Duty.Assigned", null), ("Duty.Ended", "Chuyển công tác")]);
        trail.ShouldAllBe(e => e.Actor == "admin@btg" && e.At == clock.GetCurrentInstant());
    }

    [Fact]
    public async Task ATamperedAuditEntryIsNamedByTheVerification()
    {
        var journey = new ClassJourney(database);
        await journey.EnrolledAsync(learners: 2);
        await using var db = database.Open();
        var victim = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "Verdict.Overridden").OrderByDescending(e => e.Sequence).FirstAsync(Token);
        (await new AuditTrail(db).VerifyAsync(Token)).IsIntact.ShouldBeTrue();

        // Someone with database access softens the override's reason.
        await db.AuditEntries.Where(e => e.Sequence == victim.Sequence).ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "Không cần phê duyệt"), Token);
        var tampered = await new AuditTrail(db).VerifyAsync(Token);
        await db.AuditEntries.Where(e => e.Sequence == victim.Sequence).ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, victim.Reason), Token);

        tampered.IsIntact.ShouldBeFalse();
        tampered.FirstBrokenSequence.ShouldBe(victim.Sequence);
        tampered.Problem.ShouldNotBeNull().ShouldContain($"số {victim.Sequence}");
        tampered.Problem.ShouldContain("đã bị sửa");
        (await new AuditTrail(db).VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task TheAuditTrailCannotBeChangedThroughTheContext()
    {
        var journey = new ClassJourney(database);
        await journey.EnrollingAsync();
        await using var db = database.Open();
        var entry = await db.AuditEntries.OrderBy(e => e.Sequence).FirstAsync(Token);
        db.AuditEntries.Remove(entry);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));

        refused.Message.ShouldContain("append-only");
    }

    private static Task<int> CertificatesOfYearAsync(TrainingDbContext db, int year) =>
        db.CertificateRegisters.AsNoTracking().Where(r => EF.Property<string>(r, "CenterId") == UseCaseSeed.CenterId && r.Year == year)
            .SelectMany(r => r.Certificates).CountAsync(Token);

    private async Task<CertificateBatch> IssueAllAsync(ClassJourney journey)
    {
        await using var db = database.Open();
        return await journey.Certificates(db).IssueToClassAsync(journey.ClassId, ClassJourney.Director, "KT", Token);
    }

    // Everything a refused use case could have touched: the class and its rows, results, certificates, the trail.
    private async Task<string> SnapshotAsync(Guid classId)
    {
        await using var db = database.Open();
        var trainingClass = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == classId, Token);
        var version = db.Entry(await db.TrainingClasses.SingleAsync(c => c.Id == classId, Token)).Property<int>("Version").CurrentValue;
        var marks = trainingClass.Enrollments.SelectMany(e => e.Marks.Select(m => $"{e.Id}:{m.SessionNumber}:{m.Mark}:{m.Reason}"));
        var ids = trainingClass.Enrollments.Select(e => e.Id).ToList();
        var results = await db.AssessmentResults.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId)).Select(r => r.EnrolmentId.ToString() + r.Kind).ToListAsync(Token);
        var audit = await db.AuditEntries.CountAsync(Token);
        return string.Join("|",
            trainingClass.Status, version, trainingClass.Nominations.Count, trainingClass.Enrollments.Count,
            string.Join(",", marks.Order()), string.Join(",", results.Order()), audit);
    }
}

public sealed class SqliteUseCaseTests(SqliteUseCaseDatabase database) : UseCaseTests<SqliteUseCaseDatabase>(database), IClassFixture<SqliteUseCaseDatabase>;

public sealed class PostgresUseCaseTests(PostgresUseCaseDatabase database) : UseCaseTests<PostgresUseCaseDatabase>(database), IClassFixture<PostgresUseCaseDatabase>;
