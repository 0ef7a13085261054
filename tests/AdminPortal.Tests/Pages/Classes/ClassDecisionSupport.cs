using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>Classes in the states the decision pages need, made through the library's use cases, and a way to make a page stale.</summary>
public static class ClassDecisionSupport
{
    public const string Changed = "Lớp học đã thay đổi sau khi trang được mở, vui lòng tải lại trang và thực hiện lại.";

    public static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");

    public static LearnerProfile Outstanding(string name) => new(name)
    {
        BirthDate = new LocalDate(1995, 6, 1), Sex = Sex.Male, Ethnicity = "Kinh", Education = EducationLevel.UpperSecondary,
        PoliticalTheory = PoliticalTheoryLevel.None, Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"), LivesInSpecialArea = false,
    };

    // A Party member cannot attend NTD: his nomination waits for an override or a refusal.
    public static LearnerProfile PartyMember(string name) => Outstanding(name) with { Party = PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)) };

    /// <summary>An enrolling NTD class with one learner enrolled and two Party members pending.</summary>
    public static async Task<(Guid Id, Guid Enrolled, IReadOnlyList<Guid> Pending)> WithPendingNominations(this PortalFactory portal, string centerId, string code)
    {
        var id = await portal.EnrollingClass(centerId, code);
        await using var scope = portal.Services.CreateAsyncScope();
        var classes = new ClassUseCases(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), scope.ServiceProvider.GetRequiredService<IClock>());
        var outcome = await classes.EnrolNominationListAsync(
            id, new NominationList(Cell, new LocalDate(2018, 4, 12), [Outstanding("Nguyễn Văn Đúng"), PartyMember("Phạm Văn Hùng"), PartyMember("Vũ Thị Mai")]), "test");
        return (id, outcome.Enrolled.Single().Id, outcome.Pending.Select(n => n.Id).ToList());
    }

    /// <summary>Someone else changes the class: its version moves on, so every page opened before is stale.</summary>
    public static async Task TouchClass(this PortalFactory portal, Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        await db.TrainingClasses.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<int>(c, "Version"), c => EF.Property<int>(c, "Version") + 1), TestContext.Current.CancellationToken);
    }

    /// <summary>The class as stored, with its version, for a before/after comparison.</summary>
    public static async Task<string> Snapshot(this PortalFactory portal, Guid id)
    {
        var stored = await portal.ClassOf(id);
        var version = await portal.VersionOf(id);
        return string.Join("|",
            stored.Status, version, stored.ApprovalDecision, stored.OpeningDecision, stored.CancellationReason,
            string.Join(",", stored.Sessions.Select(s => $"{s.Number}:{s.Date}:{s.Slot.TimeRange}:{s.LecturerId}")),
            string.Join(",", stored.Nominations.Select(n => $"{n.Status}:{n.RefusalReason}")),
            string.Join(",", stored.Enrollments.Select(e => $"{e.Status}:{e.WithdrawalReason}")));
    }

    /// <summary>Nam Sách's NTD-01/2018 (two sessions, two learners) attended, completed, scored and certified through the library.</summary>
    public static async Task<(Guid Id, IReadOnlyList<string> Numbers)> CertifiedNamSachClass(this PortalFactory portal)
    {
        var id = await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        var classes = new ClassUseCases(db, clock);
        var learners = (await portal.ClassOf(id)).Enrollments.Select(e => e.Id).ToList();
        foreach (var session in new[] { 1, 2 })
        {
            await classes.MarkAttendanceAsync(id, session, learners.Select(e => new AttendanceLine(e, AttendanceMark.Present)).ToList(), "test");
        }

        await classes.CompleteAsync(id, "test");
        await classes.RecordResultsAsync(id, AssessmentKind.FinalPaper, learners.Select(e => new ScoreLine(e, 8.0m)).ToList(), "test");
        var batch = await new CertificateUseCases(db, clock).IssueToClassAsync(id, "test", "NS");
        return (id, batch.Issued.Select(c => c.Number).ToList());
    }

    public static async Task<IHtmlDocument> Refusal(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused post answers with the page");
        return await PageClient.Parse(response);
    }
}
