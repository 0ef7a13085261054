using Microsoft.EntityFrameworkCore;
using TrainingDomain.Auditing;
using TrainingDomain.Classes;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>
/// Deciding pending nominations (refuse, withdrawn by the organisation), withdrawing a learner, taking a session out
/// of the timetable, and the expected version every state change takes: audited when done, refused with nothing
/// written otherwise.
/// </summary>
public abstract partial class UseCaseTests<TDatabase>
{
    [Fact]
    public async Task PendingNominationsAreRefusedOrWithdrawnWithTheirReasonsAuditedAndReportedToTheOrganisation()
    {
        var journey = new ClassJourney(database);
        await journey.EnrollingAsync();
        journey.At(journey.Start.PlusDays(-7));
        var list = new NominationList(ClassJourney.Cell, journey.Start.PlusDays(-8), [ClassJourney.PartyMember("Đảng viên Phạm Văn Hùng"), ClassJourney.PartyMember("Đảng viên Vũ Thị Mai")]);
        var pending = (await journey.Step(c => c.EnrolNominationListAsync(journey.ClassId, list, ClassJourney.Clerk))).Pending.Select(n => n.Id).ToList();

        await journey.Step(c => c.RefuseNominationAsync(journey.ClassId, pending[0], "Đã là đảng viên chính thức", ClassJourney.Clerk));
        await journey.Step(c => c.WithdrawNominationAsync(journey.ClassId, pending[1], "Chi bộ rút đề cử: đi công tác", ClassJourney.Clerk));
        var again = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.RefuseNominationAsync(journey.ClassId, pending[1], "Lần nữa", ClassJourney.Clerk)));

        again.RuleId.ShouldBe("Nomination.AlreadyDecided");
        await using var db = journey.Open();
        var stored = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == journey.ClassId, Token);
        stored.Nominations.Select(n => (n.Status, n.RefusalReason)).ShouldBe(
            [(NominationStatus.Refused, "Đã là đảng viên chính thức"), (NominationStatus.Withdrawn, "Chi bộ rút đề cử: đi công tác")]);
        var outcomes = stored.NominationOutcomes().Single(o => o.Organization.Id == ClassJourney.Cell.Id).Outcomes;
        outcomes.Single(o => o.NominationId == pending[1]).Status.ShouldBe(NominationStatus.Withdrawn);
        outcomes.Single(o => o.NominationId == pending[1]).Reasons.ShouldBe(["Chi bộ rút đề cử: đi công tác"]);
        var trail = new AuditTrail(db);
        (await trail.ForAsync("Nomination", pending[0].ToString(), Token)).Last().ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe("Nomination.Refused"), e => e.Reason.ShouldBe("Đã là đảng viên chính thức"), e => e.Actor.ShouldBe(ClassJourney.Clerk));
        (await trail.ForAsync("Nomination", pending[1].ToString(), Token)).Last().ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe("Nomination.Withdrawn"), e => e.From.ShouldBe("Pending"), e => e.To.ShouldBe("Withdrawn"), e => e.Reason.ShouldBe("Chi bộ rút đề cử: đi công tác"));
    }

    [Fact]
    public async Task AWithdrawnNomineeCanBeNominatedAgain()
    {
        var journey = new ClassJourney(database);
        await journey.EnrollingAsync();
        journey.At(journey.Start.PlusDays(-7));
        var undecided = ClassJourney.Eligible("Nguyễn Thị Hoa") with { Education = null };
        var first = await journey.Step(c => c.EnrolNominationListAsync(journey.ClassId, new NominationList(ClassJourney.Cell, journey.Start.PlusDays(-8), [undecided]), ClassJourney.Clerk));
        await journey.Step(c => c.WithdrawNominationAsync(journey.ClassId, first.Pending.Single().Id, "Đơn vị cử nhầm người", ClassJourney.Clerk));

        var second = await journey.Step(c => c.EnrolNominationListAsync(
            journey.ClassId, new NominationList(ClassJourney.Cell, journey.Start.PlusDays(-6), [ClassJourney.Eligible("Nguyễn Thị Hoa")]), ClassJourney.Clerk));

        second.Enrolled.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnEnrolledLearnerIsWithdrawnWithTheReasonAndTheSeatIsFreed()
    {
        var journey = new ClassJourney(database);
        var outcome = await journey.EnrolledAsync(learners: 3, capacity: 4);
        var leaving = outcome.Enrolled[0].Id;
        var version = await VersionAsync(journey.ClassId);

        var status = await journey.Step(c => c.WithdrawAsync(journey.ClassId, leaving, "Chuyển công tác", ClassJourney.Clerk, version));

        status.ShouldBe(EnrollmentStatus.WithdrawnBeforeStart);
        await using var db = journey.Open();
        var stored = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == journey.ClassId, Token);
        stored.ActiveEnrollmentCount.ShouldBe(3);
        stored.Enrollments.Single(e => e.Id == leaving).WithdrawalReason.ShouldBe("Chuyển công tác");
        (await new AuditTrail(db).ForAsync("Enrollment", leaving.ToString(), Token)).Last().Action.ShouldBe("Enrollment.Withdrawn");
    }

    [Fact]
    public async Task ASessionIsRemovedAndAuditedUntilSomeoneIsMarkedForIt()
    {
        var journey = new ClassJourney(database);
        await journey.EnrolledAsync(learners: 30);
        journey.At(journey.Start.PlusDays(-1));
        (await journey.Step(c => c.OpenAsync(journey.ClassId, ClassJourney.Director))).Opened.ShouldBeTrue();
        var enrolments = await journey.EnrolmentsAsync();
        journey.At(journey.Start);
        await journey.Step(c => c.MarkAttendanceAsync(journey.ClassId, 1, enrolments.Select(e => new AttendanceLine(e, AttendanceMark.Present)).ToList(), ClassJourney.Clerk));
        var before = await SnapshotAsync(journey.ClassId);

        var marked = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.RemoveSessionAsync(journey.ClassId, 1, ClassJourney.Clerk)));
        var unknown = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(c => c.RemoveSessionAsync(journey.ClassId, 42, ClassJourney.Clerk)));
        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
        await journey.Step(c => c.RemoveSessionAsync(journey.ClassId, 10, ClassJourney.Clerk));

        marked.RuleId.ShouldBe("Class.SessionHasAttendance");
        unknown.RuleId.ShouldBe(ClassUseCases.NotOfThisClass);
        await using var db = journey.Open();
        var stored = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == journey.ClassId, Token);
        stored.Sessions.Select(s => s.Number).ShouldBe(Enumerable.Range(1, 9));
        var removed = (await new AuditTrail(db).ForAsync("TrainingClass", journey.ClassId.ToString(), Token)).Last();
        removed.Action.ShouldBe("Session.Removed");
        removed.From!.ShouldStartWith("Buổi 10:");
        removed.Actor.ShouldBe(ClassJourney.Clerk);
    }

    [Fact]
    public async Task EveryStateChangeGivenAStaleVersionIsRefusedAndChangesNothing()
    {
        var journey = new ClassJourney(database);
        var enrolled = await journey.EnrolledAsync(learners: 30);
        var stale = await VersionAsync(journey.ClassId) - 1;
        var decision = new ClassDecision("46-QĐ/TTCT", journey.Start.PlusDays(-3), "Giám đốc");
        var attempts = new (string Name, Func<ClassUseCases, Task> Change)[]
        {
            ("approve", c => c.ApproveAsync(journey.ClassId, decision, ClassJourney.Director, stale)),
            ("start enrolment", c => c.StartEnrolmentAsync(journey.ClassId, ClassJourney.Director, stale)),
            ("opening decision", c => c.RecordOpeningDecisionAsync(journey.ClassId, decision, ClassJourney.Director, stale)),
            ("cancel", c => c.CancelAsync(journey.ClassId, "Thử", ClassJourney.Director, stale)),
            ("open", c => c.OpenAsync(journey.ClassId, ClassJourney.Director, stale)),
            ("complete", c => c.CompleteAsync(journey.ClassId, ClassJourney.Director, stale)),
            ("close", c => c.CloseAsync(journey.ClassId, ClassJourney.Director, stale)),
            ("remove session", c => c.RemoveSessionAsync(journey.ClassId, 10, ClassJourney.Clerk, stale)),
            ("withdraw", c => c.WithdrawAsync(journey.ClassId, enrolled.Enrolled[0].Id, "Thử", ClassJourney.Clerk, stale)),
        };
        var before = await SnapshotAsync(journey.ClassId);

        foreach (var (name, change) in attempts)
        {
            var refused = await Should.ThrowAsync<DomainRuleException>(() => journey.Step(change), name);
            refused.RuleId.ShouldBe("Data.Changed", name);
            refused.Message.ShouldContain(journey.Code, customMessage: name);
        }

        (await SnapshotAsync(journey.ClassId)).ShouldBe(before);
    }

    [Fact]
    public async Task ACertificateCancelledOrReissuedFromAStaleRegisterIsRefusedAndNothingChanges()
    {
        var journey = new ClassJourney(database);
        await journey.CompletedWithResultsAsync(learners: 20);
        var issued = await IssueAllAsync(journey);
        int version;
        await using (var db = journey.Open())
        {
            var register = await db.CertificateRegisters.SingleAsync(r => EF.Property<string>(r, "CenterId") == UseCaseSeed.CenterId && r.Year == journey.Start.Year, Token);
            version = db.VersionOf(register);
        }

        var number = issued.Issued[0].Number;
        var year = journey.Start.Year;
        await using var writer = journey.Open();
        var certificates = journey.Certificates(writer);
        await certificates.CancelAsync(UseCaseSeed.CenterId, year, issued.Issued[1].Number, "Sai năm sinh", ClassJourney.Director, version, Token);
        var cancel = await Should.ThrowAsync<DomainRuleException>(() => certificates.CancelAsync(UseCaseSeed.CenterId, year, number, "Sai tên", ClassJourney.Director, version, Token));
        var reissue = await Should.ThrowAsync<DomainRuleException>(() => certificates.ReissueAsync(UseCaseSeed.CenterId, year, number, "Mất bản gốc", ClassJourney.Director, version, Token));

        cancel.RuleId.ShouldBe("Data.Changed");
        reissue.RuleId.ShouldBe("Data.Changed");
        await using var reader = journey.Open();
        var stored = await reader.CertificateRegisters.AsNoTracking().SingleAsync(r => EF.Property<string>(r, "CenterId") == UseCaseSeed.CenterId && r.Year == year, Token);
        stored.FindByNumber(number)!.Status.ShouldBe(Assessment.CertificateStatus.Valid);
        stored.FindByNumber(issued.Issued[1].Number)!.Status.ShouldBe(Assessment.CertificateStatus.Cancelled);
    }

    private async Task<int> VersionAsync(Guid classId)
    {
        await using var db = database.Open();
        return db.VersionOf(await db.TrainingClasses.SingleAsync(c => c.Id == classId, Token));
    }
}
