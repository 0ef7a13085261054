using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Auditing;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Pages.Centres;

/// <summary>
/// Assigning and ending duties on a centre's page: the province admin and the centre's manager change the duty matrix
/// through the library (audited); everybody else is refused; bad input is explained next to the field.
/// </summary>
public class DutyAssignment(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string City = "/Centres/Detail?id=" + TestData.CityCenter;

    [Theory]
    // The director and the accountant each take the examinations duty nobody owned, from 01/04/2018.
    [InlineData("admin@test.vn", "NV-01", 0)]
    [InlineData("giamdoc.288@test.vn", "NV-02", 1)]
    public async Task AllowedRolesAssignTheUnownedDutyAndTheMatrixAndTheAuditTrailShowIt(string email, string staffId, int column)
    {
        using var client = await portal.SignedInAs(TestAccounts.All.Single(a => a.Email == email));
        var form = await client.GetDocument(City + "&asOf=13/04/2018");
        form.QuerySelector("#assign-duty").ShouldNotBeNull();

        using var response = await client.PostForm(City + "&handler=Assign", form, new()
        {
            ["Assign.DutyCode"] = "EXAMS",
            ["Assign.StaffId"] = staffId,
            ["Assign.Role"] = "Accountable",
            ["Assign.From"] = "01/04/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocument(City + "&asOf=13/04/2018");
        page.TextOf("#message").ShouldBe("Đã giao nhiệm vụ và ghi vào nhật ký.");
        var row = page.QuerySelector("tr[data-duty='EXAMS']")!;
        row.ClassList.ShouldNotContain("duty-unowned");
        row.QuerySelectorAll("td")[column].TextContent.ShouldBe("Chịu trách nhiệm chính");
        // Before the first day the duty is still unowned.
        (await client.GetDocument(City + "&asOf=31/03/2018")).QuerySelector("tr[data-duty='EXAMS']")!.ClassList.ShouldContain("duty-unowned");
        var audit = await AuditAsync("TTCT-288/EXAMS");
        audit.ShouldContain(e => e.Action == "Duty.Assigned" && e.Actor == email && e.To!.StartsWith(staffId + " (Accountable) từ 01/04/2018"));
    }

    [Fact]
    public async Task TheManagerEndsTheAccountingDutyAndItIsUnownedAfterTheLastDay()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var form = await client.GetDocument(City + "&asOf=13/04/2018");

        using var response = await client.PostForm(City + "&handler=End", form, new()
        {
            ["End.DutyCode"] = "ACCOUNTING",
            ["End.StaffId"] = "NV-02",
            ["End.LastDay"] = "30/04/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocument(City + "&asOf=30/04/2018")).QuerySelector("tr[data-duty='ACCOUNTING']")!.ClassList.ShouldNotContain("duty-unowned");
        (await client.GetDocument(City + "&asOf=01/05/2018")).QuerySelector("tr[data-duty='ACCOUNTING']")!.ClassList.ShouldContain("duty-unowned");
        (await AuditAsync("TTCT-288/ACCOUNTING")).ShouldContain(e => e.Action == "Duty.Ended" && e.Actor == TestAccounts.Manager288.Email && e.To == "đến 30/04/2018");
    }

    [Theory]
    // Centre staff and auditors read the page but may not change it; a manager of another centre may not even read it.
    [InlineData("canbo.291@test.vn", TestData.NamSachCenter, false)]
    [InlineData("kiemtra@test.vn", TestData.CityCenter, false)]
    [InlineData("giamdoc.288@test.vn", TestData.NamSachCenter, true)]
    [InlineData("canbo.291@test.vn", TestData.CityCenter, true)]
    public async Task OtherRolesAndOtherCentresAreRefused(string email, string centerId, bool otherCentre)
    {
        var account = TestAccounts.All.Single(a => a.Email == email);
        using var client = await portal.SignedInAs(account);
        var own = await client.GetDocument("/Centres/Detail?id=" + (otherCentre ? account.CenterId : centerId));
        if (!otherCentre)
        {
            own.QuerySelector("#assign-duty").ShouldBeNull();
        }

        using var response = await client.PostForm($"/Centres/Detail?id={centerId}&handler=Assign", own, new()
        {
            ["Assign.DutyCode"] = "EXAMS",
            ["Assign.StaffId"] = "NV-01",
            ["Assign.Role"] = "Supporting",
            ["Assign.From"] = "01/06/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AuditAsync("TTCT-288/EXAMS")).ShouldNotContain(e => e.To!.Contains("01/06/2018"));
    }

    [Fact]
    public async Task AnUnknownCentreIsNotFound()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument(City);

        using var response = await client.PostForm("/Centres/Detail?id=TTCT-999&handler=End", form, new() { ["End.DutyCode"] = "EXAMS" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        using var response = await client.PostAsync(City + "&handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Assign.DutyCode"] = "EXAMS",
            ["Assign.StaffId"] = "NV-02",
            ["Assign.Role"] = "Supporting",
            ["Assign.From"] = "01/07/2018",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AuditAsync("TTCT-288/EXAMS")).ShouldNotContain(e => e.To!.Contains("01/07/2018"));
    }

    [Fact]
    public async Task ABadDateAndAnUnknownStaffMemberAreExplainedNextToTheirFields()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var form = await client.GetDocument(City);

        using var response = await client.PostForm(City + "&handler=Assign", form, new()
        {
            ["Assign.DutyCode"] = "EXAMS",
            ["Assign.StaffId"] = "NV-99",
            ["Assign.Role"] = "Accountable",
            ["Assign.From"] = "31/02/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.Parse(response);
        page.TextOf("[data-valmsg-for='Assign.From']").ShouldBe("Từ ngày: \"31/02/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        page.TextOf("[data-valmsg-for='Assign.StaffId']").ShouldBe("Cán bộ: vui lòng chọn trong danh sách.");
        ((IHtmlInputElement)page.QuerySelector("#Assign_From")!).Value.ShouldBe("31/02/2018");
    }

    [Fact]
    public async Task ALibraryRefusalShowsTheRulesMessage()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument(City);

        // The director already holds the enrolment duty since 01/01/2018.
        using var response = await client.PostForm(City + "&handler=Assign", form, new()
        {
            ["Assign.DutyCode"] = "ENROLMENT",
            ["Assign.StaffId"] = "NV-01",
            ["Assign.Role"] = "Accountable",
            ["Assign.From"] = "01/03/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.Parse(response)).TextOf(".form-errors").ShouldStartWith("Trần Văn Bình đã được giao nhiệm vụ");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string entityId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await new AuditTrail(scope.ServiceProvider.GetRequiredService<TrainingDbContext>()).ForAsync("DutyAssignment", entityId, TestContext.Current.CancellationToken);
    }
}
