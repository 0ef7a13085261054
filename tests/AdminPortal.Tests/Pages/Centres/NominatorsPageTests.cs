using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Auditing;
using TrainingDomain.Persistence;

using TrainingDomain.AdminPortal.Tests.Pages.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Centres;

/// <summary>
/// A centre's list of nominating organisations: centre staff and the province admin list, end and reinstate bodies
/// through the library (audited), the nomination import knows exactly the bodies listed today, everybody else is
/// refused, and bad input is explained next to the field with nothing stored.
/// </summary>
public class NominatorsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string NamSach = "/Centres/Nominators?id=" + TestData.NamSachCenter;

    [Fact]
    public async Task CentreStaffListEndAndReinstateABodyAndTheImportKnowsItOnlyWhileListed()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await client.GetDocument(NamSach);
        page.QuerySelectorAll("#nominators tr[data-listed='yes']").Length.ShouldBe(2);

        using (var listed = await client.PostForm(NamSach + "&handler=Add", page, new()
        {
            ["Add.Code"] = "DTN-291",
            ["Add.Name"] = "Huyện đoàn Nam Sách",
            ["Add.Kind"] = "MassOrganization",
            ["Add.From"] = "01/04/2018",
        }))
        {
            listed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        page = await client.GetDocument(NamSach);
        page.TextOf("#message").ShouldBe("Đã thêm đơn vị cử.");
        page.QuerySelector("#nominators tr[data-code='DTN-291']")!.GetAttribute("data-listed").ShouldBe("yes");
        page.QuerySelector("#nominators tr[data-code='DTN-291']")!.TextContent.ShouldContain("Đoàn thể");
        (await KnownToTheImportAsync(client)).ShouldContain("DTN-291 – Huyện đoàn Nam Sách");

        using (var ended = await client.PostForm(NamSach + "&handler=End", page, new()
        {
            ["End.Code"] = "DTN-291",
            ["End.LastDay"] = "12/04/2018",
            ["End.Reason"] = "Gửi danh sách qua Huyện ủy",
        }))
        {
            ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        page = await client.GetDocument(NamSach);
        page.QuerySelector("#nominators tr[data-code='DTN-291']")!.GetAttribute("data-listed").ShouldBe("no");
        (await KnownToTheImportAsync(client)).ShouldNotContain("DTN-291");

        using (var back = await client.PostForm(NamSach + "&handler=Reinstate", page, new()
        {
            ["Reinstate.Code"] = "DTN-291",
            ["Reinstate.Name"] = "Đoàn Thanh niên huyện Nam Sách",
            ["Reinstate.Kind"] = "MassOrganization",
            ["Reinstate.From"] = "13/04/2018",
        }))
        {
            back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await KnownToTheImportAsync(client)).ShouldContain("DTN-291 – Đoàn Thanh niên huyện Nam Sách");
        (await AuditAsync("TTCT-291/DTN-291")).Select(e => (e.Action, e.Actor)).ShouldBe(
        [
            ("Nominator.Listed", TestAccounts.Staff291.Email),
            ("Nominator.Ended", TestAccounts.Staff291.Email),
            ("Nominator.Reinstated", TestAccounts.Staff291.Email),
        ]);
    }

    [Fact]
    public async Task BadInputIsExplainedNextToEachFieldAndNothingIsStored()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument(NamSach);
        var rows = page.QuerySelectorAll("#nominators tbody tr").Length;

        using var response = await client.PostForm(NamSach + "&handler=Add", page, new()
        {
            ["Add.Code"] = "CB 02",
            ["Add.Name"] = "",
            ["Add.Kind"] = "Club",
            ["Add.From"] = "31/02/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await PageClient.Parse(response);
        refused.TextOf("[data-valmsg-for='Add.Code']").ShouldBe("Mã đơn vị: tối đa 64 ký tự, không có dấu cách.");
        refused.TextOf("[data-valmsg-for='Add.Name']").ShouldBe("Vui lòng nhập Tên đơn vị.");
        refused.TextOf("[data-valmsg-for='Add.Kind']").ShouldBe("Loại đơn vị: vui lòng chọn trong danh sách.");
        refused.TextOf("[data-valmsg-for='Add.From']").ShouldBe("Từ ngày: \"31/02/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");

        // A code the centre already lists is the library's refusal, shown above the forms.
        using var duplicate = await client.PostForm(NamSach + "&handler=Add", page, new()
        {
            ["Add.Code"] = "cb-01",
            ["Add.Name"] = "Chi bộ khác",
            ["Add.Kind"] = "PartyCell",
            ["Add.From"] = "01/04/2018",
        });

        (await PageClient.Parse(duplicate)).TextOf(".form-errors").ShouldStartWith("Mã cb-01 đã có trong danh sách đơn vị cử");
        (await AuditAsync("TTCT-291/CB 02")).ShouldBeEmpty();
        (await AuditAsync("TTCT-291/cb-01")).ShouldBeEmpty();
        (await client.GetDocument(NamSach)).QuerySelectorAll("#nominators tbody tr").Length.ShouldBe(rows);
    }

    [Theory]
    // Auditors read the list but may not change it; lecturers and staff of another centre may not even read it.
    [InlineData("kiemtra@test.vn", TestData.NamSachCenter, true)]
    [InlineData("giangvien.291@test.vn", TestData.NamSachCenter, false)]
    [InlineData("giamdoc.288@test.vn", TestData.NamSachCenter, false)]
    [InlineData("canbo.291@test.vn", TestData.CityCenter, false)]
    public async Task OtherRolesAndOtherCentresAreRefused(string email, string centerId, bool reads)
    {
        var account = TestAccounts.All.Single(a => a.Email == email);
        using var client = await portal.SignedInAs(account);
        var url = "/Centres/Nominators?id=" + centerId;
        await client.GetDocument(url, reads ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        var form = await client.GetDocument(reads ? url : "/");
        form.QuerySelector("#add-nominator").ShouldBeNull();

        using var response = await client.PostForm(url + "&handler=Add", form, new()
        {
            ["Add.Code"] = "X-" + account.Email[..4],
            ["Add.Name"] = "Đơn vị lạ",
            ["Add.Kind"] = "Agency",
            ["Add.From"] = "01/04/2018",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AuditAsync($"{centerId}/X-{account.Email[..4]}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownCentreIsNotFound()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        await client.GetDocument("/Centres/Nominators?id=TTCT-999", HttpStatusCode.NotFound);
    }

    private async Task<string> KnownToTheImportAsync(HttpClient client)
    {
        var id = await portal.Query(db => db.TrainingClasses.Where(c => c.CenterId == TestData.NamSachCenter).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));
        return (await client.GetDocument($"/Classes/Nominations/{id}")).TextOf("#known-organisations");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string entityId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await new AuditTrail(scope.ServiceProvider.GetRequiredService<TrainingDbContext>()).ForAsync("NominatorListing", entityId, TestContext.Current.CancellationToken);
    }
}
