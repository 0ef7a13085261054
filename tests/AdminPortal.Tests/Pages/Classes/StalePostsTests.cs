using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>
/// Every state-change post carries the version its page was built from: a page opened before someone else changed the
/// class is refused with "the class changed, reload", and nothing is written.
/// </summary>
public class StalePostsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> DetailPosts => new()
    {
        // A planned class offers approval, the opening decision and cancellation; an approved one, starting enrolment.
        { "approve-form", "Planned" },
        { "opening-decision-form", "Planned" },
        { "cancel-form", "Planned" },
        { "start-enrolment-form", "Approved" },
    };

    [Theory]
    [MemberData(nameof(DetailPosts))]
    public async Task AStaleDetailPageIsRefusedAndTheClassIsUnchanged(string form, string state)
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", $"NTD-{form[..6]}/2018", "10/09/2018", "14/09/2018");
        if (state == "Approved")
        {
            await Library(c => c.ApproveAsync(id, new ClassDecision("30-QĐ/HU", new LocalDate(2018, 8, 10), "Bí thư"), "test"));
        }

        var page = await staff.GetDocument($"/Classes/Detail/{id}");
        await portal.TouchClass(id);
        var before = await portal.Snapshot(id);

        using var response = await staff.Submit(page, form, new()
        {
            ["DecisionNumber"] = "26-QĐ/HU", ["DecisionDate"] = "20/08/2018", ["DecisionSigner"] = "Bí thư", ["CancelReason"] = "Trùng lịch",
        });

        (await response.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task AStaleOpenPageIsRefusedAndTheClassStaysEnrolling()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-SMO/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Open/{id}");
        await portal.TouchClass(id);
        var before = await portal.Snapshot(id);

        using var response = await staff.Submit(page, "open-form", []);

        (await response.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task AStaleSessionEditOrRemovalIsRefusedAndTheTimetableIsUnchanged()
    {
        await portal.Teaches("GV-288-01", "NTD-01");
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-STK/2018", start: new LocalDate(2018, 5, 21));
        await Library(c => c.ScheduleSessionAsync(id, ClassSession.ForHalfDay(1, new LocalDate(2018, 5, 21), TrainingDomain.Lecturers.HalfDay.Morning, "NTD-01", 5, "GV-288-01"), "test"));
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var edit = await staff.GetDocument($"/Classes/Timetable/{id}?edit=1");
        await portal.TouchClass(id);
        var before = await portal.Snapshot(id);

        using var changed = await staff.Submit(edit, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Editing"] = "true", ["Data.Date"] = "22/05/2018", ["Data.HalfDay"] = "Afternoon", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "5", ["Data.LecturerId"] = "GV-288-01",
        });
        using var removed = await staff.Submit(edit, "remove-session-1", []);

        (await changed.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await removed.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task AStaleResultsPageCannotCompleteOrCloseTheClass()
    {
        var id = await portal.IdOf(TestData.CityCenter, "NTD-02/2018");
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument($"/Classes/Results/{id}");
        await portal.TouchClass(id);
        var before = await portal.Snapshot(id);

        using var complete = await manager.Submit(page, "complete-form", []);

        (await complete.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await portal.Snapshot(id)).ShouldBe(before);

        // Completed by someone else: a close posted with the version seen before is refused too; with the current one it closes.
        await Library(c => c.CompleteAsync(id, "test"));
        var completed = await manager.GetDocument($"/Classes/Results/{id}");
        var current = await portal.VersionOf(id);
        using var stale = await manager.PostForm($"/Classes/Results/{id}?handler=Close", completed, new() { ["Version"] = (current - 1).ToString(CultureInfo.InvariantCulture) });
        (await stale.Refusal()).TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed);
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Completed);
        using var closed = await manager.PostForm($"/Classes/Results/{id}?handler=Close", completed, new() { ["Version"] = current.ToString(CultureInfo.InvariantCulture) });
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Closed);
    }

    [Fact]
    public async Task AStaleCertificatesPageCannotCancelOrReissueAndNothingChanges()
    {
        var (id, numbers) = await portal.CertifiedNamSachClass();
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Certificates/{id}");
        using (var other = await portal.SignedInAs(TestAccounts.Staff291))
        {
            var theirs = await other.GetDocument($"/Classes/Certificates/{id}");
            (await other.PostForm($"/Classes/Certificates/{id}?handler=Cancel", theirs, theirs.HiddenOf("change-form", new() { ["Change.Number"] = numbers[1], ["Change.Reason"] = "Cấp nhầm" })))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        foreach (var handler in new[] { "Cancel", "Reissue" })
        {
            using var response = await staff.PostForm($"/Classes/Certificates/{id}?handler={handler}", page, page.HiddenOf("change-form", new() { ["Change.Number"] = numbers[0], ["Change.Reason"] = "Sai tên" }));
            (await response.Refusal()).TextOf(".form-errors").ShouldBe("Sổ cấp giấy chứng nhận năm 2018 vừa được người khác thay đổi sau khi trang được mở; hãy tải lại trang và thực hiện lại.", handler);
        }

        var register = await portal.Query(db => db.CertificateRegisters.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
        register.FindByNumber(numbers[0])!.Status.ShouldBe(CertificateStatus.Valid);
        register.Certificates.Count.ShouldBe(2);
    }

    private async Task Library(Func<ClassUseCases, Task> change)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await change(new ClassUseCases(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), scope.ServiceProvider.GetRequiredService<IClock>()));
    }
}
