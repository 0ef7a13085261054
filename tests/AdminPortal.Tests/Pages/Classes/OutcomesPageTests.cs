using System.Net;
using System.Text;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

public class OutcomesPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ACentreSeesItsNominatingOrganisationsOutcomes()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument("/Organizations/Outcomes?year=2018");

        // TP Hải Dương: 3 + 5 + 2 nominees of the same party cell, one withdrew before the start, nobody has finished.
        page.CellsOf("#organisations tr[data-org='CB-01']").ShouldBe("Chi bộ thôn Đồng Tâm|10|9|0|1|0|0|0|");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        (await staff.GetDocument("/Organizations/Outcomes?year=2018")).CellsOf("#organisations tr[data-org='CB-01']").ShouldBe("Chi bộ thôn Đồng Tâm|2|2|0|0|0|0|0|");
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        (await admin.GetDocument("/Organizations/Outcomes?year=2018")).CellsOf("#organisations tr[data-org='CB-01']").ShouldStartWith("Chi bộ thôn Đồng Tâm|12|11|");
    }

    [Fact]
    public async Task AnOrganisationsNomineesListAndDownloadWithTheirOutcome()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument("/Organizations/Outcomes?year=2018&org=CB-01");
        page.QuerySelectorAll("#nominees tbody tr").Length.ShouldBe(10);
        page.QuerySelectorAll("#nominees tbody tr").Single(r => r.TextContent.Contains("Bùi Văn Hải")).TextContent.ShouldContain("Bận công tác");

        using var response = await manager.GetAsync("/Organizations/Outcomes?handler=Csv&year=2018&org=CB-01", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Đơn vị cử,Lớp học,Chương trình,Họ và tên,Kết quả");
        lines.Length.ShouldBe(11);
        lines.ShouldContain(l => l.Contains("Bùi Văn Hải") && l.Contains("Đã rút") && l.Contains("Bận công tác"));
    }

    [Fact]
    public async Task ALecturerDoesNotSeeTheOutcomes()
    {
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        (await lecturer.GetAsync("/Organizations/Outcomes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = portal.Client();
        (await anonymous.GetAsync("/Organizations/Outcomes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
