using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using static TrainingDomain.Persistence.Tests.Databases.SeedData;

namespace TrainingDomain.Persistence.Tests;

/// <summary>
/// A Kim Thành NTD class (sessions, nominations, enrolments one of which by override, attendance with a changed mark)
/// and an annual plan read back, in a new context, as they were saved; two contexts enrolling into the last seat
/// cannot both succeed.
/// </summary>
public abstract class ClassRoundTripTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private const string CenterId = "TT-293";
    private static readonly LocalDate Start = D(2018, 3, 5);
    private static readonly Instant MarkedAt = Instant.FromUtc(2018, 3, 5, 2, 0);
    private static readonly Instant ChangedAt = Instant.FromUtc(2018, 3, 6, 8, 30);
    private static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
    private static readonly VerdictOverride Approval = new("Bí thư Huyện ủy Kim Thành", "Cán bộ nguồn được Ban Thường vụ cử đi học", Instant.FromUtc(2018, 3, 1, 3, 0));

    private static int _classNumber = 10;

    private static LearnerProfile Eligible(string name) => new(name)
    {
        BirthDate = D(1995, 6, 1),
        Sex = Sex.Male,
        Ethnicity = "Kinh",
        Education = EducationLevel.UpperSecondary,
        PoliticalTheory = PoliticalTheoryLevel.None,
        Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
        LivesInSpecialArea = false,
        CompletedPrograms = [new CompletedProgram("DVM", D(2016, 5, 20))],
    };

    // A Party member cannot attend NTD.
    private static LearnerProfile PartyMember(string name) => Eligible(name) with { Party = PartyStanding.Full(D(2010, 5, 19), D(2011, 5, 19)) };

    // Without a birth date the age rule cannot decide.
    private static LearnerProfile WithoutBirthDate(string name) => Eligible(name) with { BirthDate = null };

    private static TrainingClass EnrollingClass(string code, int capacity, params LearnerProfile[] nominees)
    {
        var trainingClass = new TrainingClass(Guid.NewGuid(), CenterId, "NTD", code, "Hội trường Trung tâm chính trị Kim Thành", Start, Start.PlusDays(2), capacity);
        for (var k = 0; k < 4; k++)
        {
            trainingClass.ScheduleSession(ClassSession.ForHalfDay(k + 1, Start.PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD-01", 5, "gv-kt-01"));
        }

        trainingClass.RecordOpeningDecision(new ClassDecision("45-QĐ/TTCT", Start.PlusDays(-10), "Giám đốc Trần Văn Bình"));
        trainingClass.Approve(new ClassDecision("12-QĐ/HU", Start.PlusDays(-20), "Bí thư Huyện ủy"));
        trainingClass.StartEnrolment();
        trainingClass.ReceiveNominations(new NominationList(Cell, Start.PlusDays(-5), nominees), DefaultPrograms.Ntd());
        return trainingClass;
    }

    private static TrainingClass MarkedClass()
    {
        // Tests share one database, where a centre's class codes are unique.
        var trainingClass = EnrollingClass($"NTD-{Interlocked.Increment(ref _classNumber):00}/2018", 3, Eligible("Nguyễn Văn An"), Eligible("Trần Thị Bình"), PartyMember("Lê Văn Cường"), WithoutBirthDate("Phạm Thị Dung"));
        var nominations = trainingClass.Nominations;
        trainingClass.Enroll(nominations[0].Id, Start.PlusDays(-3));
        trainingClass.Enroll(nominations[1].Id, Start.PlusDays(-3));
        trainingClass.Enroll(nominations[2].Id, Start.PlusDays(-2), Approval);
        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, Start.PlusDays(-1), []));
        foreach (var enrollment in trainingClass.Enrollments)
        {
            trainingClass.MarkAttendance(enrollment.Id, 1, AttendanceMark.Present, "Cán bộ lớp", MarkedAt);
        }

        trainingClass.MarkAttendance(trainingClass.Enrollments[1].Id, 2, AttendanceMark.ExcusedAbsence, "Cán bộ lớp", MarkedAt, reason: "Ốm");
        return trainingClass;
    }

    private async Task<TrainingClass> SaveAndReload(TrainingClass trainingClass)
    {
        await using (var db = database.Open())
        {
            db.TrainingClasses.Add(trainingClass);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        return await reader.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == trainingClass.Id, TestContext.Current.CancellationToken);
    }

    private static IEnumerable<string> Flatten(Verdict verdict) =>
        verdict.Results.SelectMany(r => r.SelfAndDescendants()).Select(r =>
            $"{r.RuleId} v{r.RuleVersion} [{r.LegalBasis}] {r.Outcome}: {r.Message} | facts {string.Join(";", r.Facts.Select(f => $"{f.Name}={f.Value}"))} | missing {string.Join(",", r.MissingFacts)} | children {r.Children.Count}");

    private static void ShouldBeSameVerdict(Verdict stored, Verdict original)
    {
        stored.RuleSetId.ShouldBe(original.RuleSetId);
        stored.AsOf.ShouldBe(original.AsOf);
        stored.Outcome.ShouldBe(original.Outcome);
        stored.FailedRules.Select(r => r.RuleId).ShouldBe(original.FailedRules.Select(r => r.RuleId));
        stored.MissingFacts.ShouldBe(original.MissingFacts);
        stored.Override.ShouldBe(original.Override);
        Flatten(stored).ShouldBe(Flatten(original));
    }

    [Fact]
    public async Task ClassWithTimetableDecisionsAndStatusReadsBack()
    {
        var original = MarkedClass();
        var stored = await SaveAndReload(original);

        stored.Status.ShouldBe(ClassStatus.InProgress);
        stored.CenterId.ShouldBe(CenterId);
        stored.Capacity.ShouldBe(3);
        stored.OpeningDecision.ShouldBe(original.OpeningDecision);
        stored.ApprovalDecision.ShouldBe(original.ApprovalDecision);
        stored.Sessions.ShouldBe(original.Sessions);
        stored.FirstSessionDate.ShouldBe(Start);
        stored.TotalPeriods.ShouldBe(20);
        stored.OpeningVerdict.ShouldNotBeNull().RuleSetId.ShouldBe(OpeningRules.RuleSetIdPrefix);
    }

    [Fact]
    public async Task NominationsAndEnrolmentsKeepLearnersOrganisationsAndVerdicts()
    {
        var original = MarkedClass();
        var stored = await SaveAndReload(original);

        stored.Nominations.Select(n => (n.Id, n.Status, n.EnrollmentId, n.Organization, n.ReceivedOn))
            .ShouldBe(original.Nominations.Select(n => (n.Id, n.Status, n.EnrollmentId, n.Organization, n.ReceivedOn)), ignoreOrder: true);
        stored.Nominations.Select(n => n.Id).ShouldBe(original.Nominations.Select(n => n.Id));
        stored.Enrollments.Select(e => e.Id).ShouldBe(original.Enrollments.Select(e => e.Id));
        stored.ActiveEnrollmentCount.ShouldBe(3);
        foreach (var enrollment in original.Enrollments)
        {
            var back = stored.Enrollments.Single(e => e.Id == enrollment.Id);
            back.Learner.ShouldBe(enrollment.Learner with { Positions = back.Learner.Positions, CompletedPrograms = back.Learner.CompletedPrograms });
            back.Learner.CompletedPrograms.ShouldBe(enrollment.Learner.CompletedPrograms);
            back.Organization.ShouldBe(Cell);
            back.EnrolledOn.ShouldBe(enrollment.EnrolledOn);
            ShouldBeSameVerdict(back.Verdict, enrollment.Verdict);
        }

        foreach (var nomination in original.Nominations)
        {
            ShouldBeSameVerdict(stored.Nominations.Single(n => n.Id == nomination.Id).Verdict, nomination.Verdict);
        }
    }

    [Fact]
    public async Task EnrolmentByOverrideKeepsTheFailedRulesAndTheApproval()
    {
        var original = MarkedClass();
        var stored = await SaveAndReload(original);

        var overridden = stored.Enrollments.Single(e => e.Learner.FullName == "Lê Văn Cường").Verdict;
        overridden.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        overridden.FailedRules.ShouldNotBeEmpty();
        overridden.IsAccepted.ShouldBeTrue();
        overridden.Override.ShouldNotBeNull().Approver.ShouldBe(Approval.Approver);
        overridden.Override.Reason.ShouldBe(Approval.Reason);
        overridden.Override.ApprovedAt.ShouldBe(Approval.ApprovedAt);
        var undetermined = stored.Nominations.Single(n => n.Learner.FullName == "Phạm Thị Dung");
        undetermined.Status.ShouldBe(NominationStatus.Pending);
        undetermined.Verdict.Outcome.ShouldBe(VerdictOutcome.Undetermined);
        undetermined.Verdict.MissingFacts.ShouldContain("BirthDate");
        undetermined.Learner.BirthDate.ShouldBeNull();
    }

    [Fact]
    public async Task AChangedMarkReadsBackWithItsAuditTrail()
    {
        var original = MarkedClass();
        await using (var db = database.Open())
        {
            db.TrainingClasses.Add(original);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var learner = original.Enrollments[0].Id;
        await using (var db = database.Open())
        {
            var loaded = await db.TrainingClasses.SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
            loaded.MarkAttendance(learner, 1, AttendanceMark.Late, "Giáo vụ Hoàng Thị Em", ChangedAt, why: "Sổ điểm danh ghi nhầm").ShouldBeTrue();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        var stored = await reader.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
        var enrollment = stored.Enrollments.Single(e => e.Id == learner);
        enrollment.MarkFor(1).ShouldBe(new SessionAttendance(1, AttendanceMark.Late, null));
        enrollment.Marks.Count.ShouldBe(1);
        enrollment.AttendanceAudit.OrderBy(a => a.RecordedAt).ShouldBe(
        [
            new AttendanceAuditEntry(learner, 1, null, AttendanceMark.Present, "Cán bộ lớp", MarkedAt, null),
            new AttendanceAuditEntry(learner, 1, AttendanceMark.Present, AttendanceMark.Late, "Giáo vụ Hoàng Thị Em", ChangedAt, "Sổ điểm danh ghi nhầm"),
        ]);
        stored.Enrollments.Single(e => e.Id == original.Enrollments[1].Id).MarkFor(2).ShouldBe(new SessionAttendance(2, AttendanceMark.ExcusedAbsence, "Ốm"));
        stored.AttendanceAudit.Count().ShouldBe(5);
    }

    [Fact]
    public async Task ChildRowsCarryTheClassesCentreId()
    {
        var original = MarkedClass();
        await using (var db = database.Open())
        {
            db.TrainingClasses.Add(original);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        var stored = await reader.TrainingClasses.SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
        var rows = stored.Sessions.Cast<object>().Concat(stored.Nominations).Concat(stored.Enrollments)
            .Concat(stored.Enrollments.SelectMany(e => e.Marks)).Concat(stored.Enrollments.SelectMany(e => e.AttendanceAudit)).ToList();
        rows.Count.ShouldBe(4 + 4 + 3 + 4 + 4);
        rows.ShouldAllBe(row => (string?)reader.Entry(row).Property("CenterId").CurrentValue == CenterId);
    }

    [Fact]
    public async Task TwoContextsEnrollingIntoTheLastSeatCannotBothSave()
    {
        var original = EnrollingClass("NTD-04/2018", 2, Eligible("Nguyễn Văn An"), Eligible("Trần Thị Bình"), Eligible("Vũ Văn Giang"));
        original.Enroll(original.Nominations[0].Id, Start.PlusDays(-3));
        await using (var db = database.Open())
        {
            db.TrainingClasses.Add(original);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var first = database.Open();
        await using var second = database.Open();
        var mine = await first.TrainingClasses.SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
        var theirs = await second.TrainingClasses.SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
        mine.Enroll(original.Nominations[1].Id, Start.PlusDays(-2));
        theirs.Enroll(original.Nominations[2].Id, Start.PlusDays(-2));

        await first.SaveChangesAsync(TestContext.Current.CancellationToken);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));

        await using var reader = database.Open();
        var stored = await reader.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == original.Id, TestContext.Current.CancellationToken);
        stored.ActiveEnrollmentCount.ShouldBe(2);
        stored.Enrollments.Select(e => e.NominationId).ShouldBe([original.Nominations[0].Id, original.Nominations[1].Id], ignoreOrder: true);
    }

    [Fact]
    public async Task PlanWithItemsAndApprovalReadsBack()
    {
        var plan = new AnnualClassPlan(Guid.NewGuid(), CenterId, 2018);
        var ntd = plan.AddItem("NTD", quarter: 1, plannedClasses: 2, plannedLearnerTurns: 160);
        var dvm = plan.AddItem("DVM", quarter: 2, plannedClasses: 1, plannedLearnerTurns: 90);
        plan.Approve("112-QĐ/HU", D(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành");
        await using (var db = database.Open())
        {
            db.AnnualClassPlans.Add(plan);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        var stored = await reader.AnnualClassPlans.SingleAsync(p => p.Id == plan.Id, TestContext.Current.CancellationToken);

        stored.Year.ShouldBe(2018);
        stored.CenterId.ShouldBe(CenterId);
        stored.Items.ShouldBe([ntd, dvm], ignoreOrder: true);
        stored.Approval.ShouldBe(new PlanApproval("112-QĐ/HU", D(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành"));
        stored.Items.ShouldAllBe(i => (string?)reader.Entry(i).Property("CenterId").CurrentValue == CenterId);
    }
}

public sealed class SqliteClassRoundTripTests(SqliteDatabase database)
    : ClassRoundTripTests<SqliteDatabase>(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresClassRoundTripTests(PostgresDatabase database)
    : ClassRoundTripTests<PostgresDatabase>(database), IClassFixture<PostgresDatabase>;
