using System.Net;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>The nominations page's decisions: refuse or record as withdrawn a pending nomination, withdraw an enrolled learner.</summary>
public class PendingNominationsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task APendingNominationIsRefusedWithTheReasonShownAndSentBackToTheOrganisation()
    {
        var (id, _, pending) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC1/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        page.QuerySelectorAll("#pending-nominations tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["Phạm Văn Hùng", "Vũ Thị Mai"]);
        page.TextOf($"#pending-nominations tr[data-nomination='{pending[0]}'] td.reasons").ShouldStartWith("Không đúng đối tượng");

        using var response = await staff.Submit(page, $"refuse-{pending[0]}", new() { ["reason"] = "Đã là đảng viên chính thức, không thuộc đối tượng" });
        var after = await staff.Follow(response);

        after.TextOf("#outcome").ShouldBe("Đã không tiếp nhận Phạm Văn Hùng.");
        after.QuerySelectorAll("#pending-nominations tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["Vũ Thị Mai"]);
        after.TextOf($"#nominations tr[data-nomination='{pending[0]}'] td.status").ShouldBe("Không tiếp nhận – Đã là đảng viên chính thức, không thuộc đối tượng");
        var stored = (await portal.ClassOf(id)).Nominations.Single(n => n.Id == pending[0]);
        stored.Status.ShouldBe(NominationStatus.Refused);
        stored.RefusalReason.ShouldBe("Đã là đảng viên chính thức, không thuộc đối tượng");
    }

    [Fact]
    public async Task APendingNominationWithdrawnByItsOrganisationIsRecordedWithTheReason()
    {
        var (id, _, pending) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC2/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");

        using var response = await staff.Submit(page, $"withdraw-nomination-{pending[1]}", new() { ["reason"] = "Chi bộ rút đề cử: đi công tác dài ngày" });
        var after = await staff.Follow(response);

        after.TextOf("#outcome").ShouldBe("Đã ghi nhận đơn vị cử rút đề cử Vũ Thị Mai.");
        after.TextOf($"#nominations tr[data-nomination='{pending[1]}'] td.status").ShouldBe("Đã rút – Chi bộ rút đề cử: đi công tác dài ngày");
        var stored = (await portal.ClassOf(id)).NominationOutcomes().Single().Outcomes.Single(o => o.NominationId == pending[1]);
        stored.Status.ShouldBe(NominationStatus.Withdrawn);
        stored.Reasons.ShouldBe(["Chi bộ rút đề cử: đi công tác dài ngày"]);
    }

    [Fact]
    public async Task ADecisionWithoutAReasonIsExplainedAndChangesNothing()
    {
        var (id, enrolled, pending) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC3/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        var before = await portal.Snapshot(id);

        using var refuse = await staff.Submit(page, $"refuse-{pending[0]}", new() { ["reason"] = "  " });
        using var withdraw = await staff.Submit(page, $"withdraw-enrolment-{enrolled}", new() { ["reason"] = "" });

        (await refuse.Refusal()).TextOf(".form-errors").ShouldBe("Vui lòng nhập Lý do.");
        (await withdraw.Refusal()).TextOf(".form-errors").ShouldBe("Vui lòng nhập Lý do rút.");
        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task AnEnrolledLearnerIsWithdrawnAndTheSeatIsFreed()
    {
        var (id, enrolled, _) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC4/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        page.TextOf("#seats").ShouldBe("1/40 học viên");

        using var response = await staff.Submit(page, $"withdraw-enrolment-{enrolled}", new() { ["reason"] = "Chuyển công tác" });
        var after = await staff.Follow(response);

        after.TextOf("#outcome").ShouldBe("Đã ghi nhận Nguyễn Văn Đúng rút khỏi lớp.");
        after.TextOf("#seats").ShouldBe("0/40 học viên");
        after.QuerySelector($"#withdraw-enrolment-{enrolled}").ShouldBeNull();
        after.QuerySelector("#nominations tbody tr td.status")!.TextContent.Trim().ShouldBe("Đã rút – Chuyển công tác");
        var stored = (await portal.ClassOf(id)).Enrollments.Single(e => e.Id == enrolled);
        stored.Status.ShouldBe(EnrollmentStatus.WithdrawnBeforeStart);
        var detail = await staff.GetDocument($"/Classes/Detail/{id}");
        detail.TextOf($"#nominations tr[data-nomination='{stored.NominationId}'] td.status").ShouldBe("Rút trước khai giảng");
    }

    [Fact]
    public async Task AStalePageIsToldTheClassChangedForEachDecisionAndNothingChanges()
    {
        var (id, enrolled, pending) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC5/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        await portal.TouchClass(id);
        var before = await portal.Snapshot(id);

        foreach (var form in new[] { $"refuse-{pending[0]}", $"withdraw-nomination-{pending[1]}", $"withdraw-enrolment-{enrolled}" })
        {
            using var response = await staff.Submit(page, form, new() { ["reason"] = "Lý do" });
            var refused = await response.Refusal();
            refused.TextOf(".form-errors").ShouldBe(ClassDecisionSupport.Changed, form);
            refused.QuerySelector($"#{form} input[name=Version]")!.GetAttribute("value").ShouldBe((await portal.VersionOf(id)).ToString(System.Globalization.CultureInfo.InvariantCulture), "the page shown again is current");
        }

        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task AnAlreadyDecidedNominationIsRefusedWithTheLibrarysReason()
    {
        var (id, _, pending) = await portal.WithPendingNominations(TestData.NamSachCenter, "NTD-TC6/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        (await staff.Submit(page, $"refuse-{pending[0]}", new() { ["reason"] = "Không đúng đối tượng" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fresh = await staff.GetDocument($"/Classes/Nominations/{id}");
        var fields = fresh.HiddenOf($"refuse-{pending[1]}", new() { ["reason"] = "Lần hai" });
        fields["nominationId"] = pending[0].ToString();

        using var response = await staff.PostForm($"/Classes/Nominations/{id}?handler=WithdrawNomination", fresh, fields);

        (await response.Refusal()).TextOf(".form-errors").ShouldBe("Đề nghị cử Phạm Văn Hùng đã được xét (trạng thái 'Không tiếp nhận').");
        (await portal.ClassOf(id)).Nominations.Single(n => n.Id == pending[0]).Status.ShouldBe(NominationStatus.Refused);
    }

    [Fact]
    public async Task OtherCentresStaffAuditorsAndLecturersCannotDecide()
    {
        var (id, enrolled, pending) = await portal.WithPendingNominations(TestData.CityCenter, "NTD-TC7/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        var readOnly = await auditor.GetDocument($"/Classes/Nominations/{id}");
        readOnly.QuerySelector("#pending-section").ShouldBeNull();
        readOnly.QuerySelectorAll("form[id^=withdraw-enrolment]").ShouldBeEmpty();
        var own = await staff.GetDocument($"/Classes/Nominations/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        var before = await portal.Snapshot(id);

        foreach (var (handler, field, target) in new[] { ("Refuse", "nominationId", pending[0]), ("WithdrawNomination", "nominationId", pending[1]), ("WithdrawEnrolment", "enrollmentId", enrolled) })
        {
            var url = $"/Classes/Nominations/{id}?handler={handler}";
            Dictionary<string, string> Fields() => new() { [field] = target.ToString(), ["reason"] = "Thử", ["Version"] = "0" };
            (await auditor.PostForm(url, readOnly, Fields())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"auditor {handler}");
            (await staff.PostForm(url, own, Fields())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"staff of Nam Sách {handler}");
        }

        (await lecturer.GetAsync($"/Classes/Nominations/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.Snapshot(id)).ShouldBe(before);
    }
}
