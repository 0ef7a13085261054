using System.Net;
using System.Text.Json;

namespace TrainingDomain.AdminPortal.Tests.Api;

public class ReportsApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q1 = "/api/reports/quarterly?year=2018&quarter=1&policy=Calendar";

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    [Fact]
    public async Task AProvinceAdminGetsTheQuarterlyReportAsJson()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync(Q1, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await Json(response);
        report.GetProperty("period").GetString().ShouldBe("Quý I/2018");
        report.GetProperty("from").GetString().ShouldBe("2018-01-01");
        report.GetProperty("total").GetProperty("classes").GetInt32().ShouldBe(TestData.Q1Classes);
        report.GetProperty("total").GetProperty("learnerTurns").GetInt32().ShouldBe(TestData.Q1LearnerTurns);
        report.GetProperty("centresWithoutClasses").EnumerateArray().Select(c => c.GetProperty("centerName").GetString()).ShouldContain("Trung tâm Chính trị huyện Kim Thành");
        report.GetProperty("countingRules").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Count.LearnerTurn v1", "Count.ClassPeriod v1"]);
    }

    [Fact]
    public async Task OtherPeriodsUseTheSameInput()
    {
        using var client = await portal.SignedInAs(TestAccounts.Auditor);
        var report = await Json(await client.GetAsync("/api/reports?kind=FirstSixMonths&year=2018&policy=Decree09", TestContext.Current.CancellationToken));

        report.GetProperty("period").GetString().ShouldBe("6 tháng đầu năm 2018");
        report.GetProperty("from").GetString().ShouldBe("2017-12-15");
        report.GetProperty("total").GetProperty("classes").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task WithoutSigningInTheApiAnswers401WithoutARedirect()
    {
        using var client = portal.Client();
        using var response = await client.GetAsync(Q1, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Json(response)).GetProperty("title").GetString().ShouldBe("Vui lòng đăng nhập.");
    }

    [Fact]
    public async Task CentreStaffGetTheirCentreAndA403ForAnother()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        var own = await Json(await client.GetAsync(Q1, TestContext.Current.CancellationToken));
        using var other = await client.GetAsync(Q1 + "&center=" + TestData.CityCenter, TestContext.Current.CancellationToken);

        own.GetProperty("centres").EnumerateArray().Select(c => c.GetProperty("centerId").GetString()).ShouldBe([TestData.NamSachCenter]);
        own.GetProperty("total").GetProperty("learnerTurns").GetInt32().ShouldBe(2);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(other)).GetProperty("detail").GetString().ShouldBe("Bạn không có quyền truy cập trang này hoặc dữ liệu của trung tâm này.");
    }

    [Fact]
    public async Task LecturersAreRefused()
    {
        using var client = await portal.SignedInAs(TestAccounts.Lecturer291);
        using var response = await client.GetAsync(Q1, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("?year=2018&quarter=0", "quarter", "Quý: \"0\" không hợp lệ; nhập quý từ 1 đến 4.")]
    [InlineData("?year=1800&quarter=1", "year", "Năm: \"1800\" không hợp lệ; nhập năm từ 2000 đến 2100.")]
    [InlineData("?year=2018&quarter=1&policy=Moon", "policy", "Cách chốt số liệu: \"Moon\" không hợp lệ; chọn theo dương lịch hoặc theo Nghị định 09/2019.")]
    public async Task BadInputIsA400WithVietnameseMessagesPerField(string query, string field, string message)
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync("/api/reports/quarterly" + query, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheEndpoints()
    {
        using var client = portal.Client();
        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        document.ShouldContain("\"/api/reports/quarterly\"");
        document.ShouldContain("\"quarter\"");
    }
}
