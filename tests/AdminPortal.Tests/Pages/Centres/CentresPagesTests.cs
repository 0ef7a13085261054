using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Centres;

public class CentresPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AProvinceAdminSeesEveryCentreOfTheDateWithItsDutyCheck()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Centres?asOf=31/03/2018");

        var rows = page.QuerySelectorAll("#centres tbody tr").ToList();
        rows.Count.ShouldBe(12);
        var city = rows.Single(r => r.TextContent.Contains("thành phố Hải Dương"));
        city.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Skip(2).ShouldBe(["1", "0", "Không"]);
        rows.Single(r => r.TextContent.Contains("Kim Thành")).TextContent.ShouldContain("Chưa cập nhật nhân sự và phân công nhiệm vụ.");
    }

    [Fact]
    public async Task CentreStaffSeeOnlyTheirCentreAndAre403ForAnother()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await client.GetDocument("/Centres?asOf=31/03/2018");
        using var other = await client.GetAsync("/Centres/Detail?id=" + TestData.CityCenter, TestContext.Current.CancellationToken);

        page.QuerySelectorAll("#centres tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["Trung tâm Chính trị huyện Nam Sách"]);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Centres/Detail?id=" + TestData.NamSachCenter, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheDutyMatrixHighlightsTheUnownedMandatoryDuty()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument($"/Centres/Detail?id={TestData.CityCenter}&asOf=31/03/2018");

        page.QuerySelector("tr[data-duty='EXAMS']")!.ClassList.ShouldContain("duty-unowned");
        page.QuerySelector("tr[data-duty='ENROLMENT']")!.ClassList.ShouldNotContain("duty-unowned");
        page.CellsOf("tr[data-duty='ACCOUNTING']").ShouldBe("Kế toán *|| Chịu trách nhiệm chính".Replace("|| ", "||"));
        page.QuerySelectorAll("#staff tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ShouldBe(["Trần Văn Bình", "Lê Thị Kế"]);
        page.QuerySelectorAll("#served tbody tr").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task AnUnknownCentreIsNotFoundAndABadDateIsExplained()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        (await client.GetAsync("/Centres/Detail?id=TTCT-999", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await client.GetDocument("/Centres?asOf=32/13/2018");

        page.TextOf("[data-valmsg-for='AsOf']").ShouldBe("Tại ngày: \"32/13/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
    }
}
