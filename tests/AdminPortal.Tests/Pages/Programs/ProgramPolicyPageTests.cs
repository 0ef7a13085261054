using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Auditing;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Programs;

/// <summary>
/// A programme's policy values: a province admin changes them (stored, audited, applied by the catalogue); other roles
/// read them and are refused when posting; bad values are explained next to their fields in Vietnamese.
/// </summary>
public class ProgramPolicyPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Ntd = "/Programs/Policy?code=NTD";

    [Fact]
    public async Task AProvinceAdminChangesTheValuesAndTheCatalogueAndTheAuditTrailShowThem()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument("/Programs/Policy?code=NQ");

        using var response = await client.PostForm("/Programs/Policy?code=NQ", form, new()
        {
            ["Data.AttendanceThreshold"] = "90",
            ["Data.MinClassSize"] = "20",
            ["Data.MaxClassSize"] = "50",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocument("/Programs/Policy?code=NQ");
        page.TextOf("#message").ShouldBe("Đã lưu giá trị chính sách của chương trình NQ và ghi vào nhật ký.");
        page.CellsOf("#row-threshold").ShouldStartWith("Tỷ lệ chuyên cần tối thiểu|90 %|");
        page.CellsOf("#row-min").ShouldStartWith("Sĩ số tối thiểu|20|");
        page.CellsOf("#row-max").ShouldStartWith("Sĩ số tối đa|50|");
        page.TextOf("#changed-by").ShouldBe("Do admin@test.vn điều chỉnh ngày 13/04/2018.");
        var catalogue = await client.GetDocument("/Programs");
        catalogue.QuerySelectorAll("table.grid tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "NQ").TextContent.ShouldContain("90 %tỉnh điều chỉnh");

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var audit = await new AuditTrail(db).ForAsync(PolicyStore.AuditEntityType, HaiDuongRegistry.HaiDuongProvinceId + "/NQ", TestContext.Current.CancellationToken);
        audit.ShouldHaveSingleItem().Actor.ShouldBe("admin@test.vn");
        audit[0].To.ShouldBe("chuyên cần 90 %, sĩ số 20–50");
    }

    [Theory]
    [InlineData("giamdoc.288@test.vn")]
    [InlineData("canbo.291@test.vn")]
    [InlineData("kiemtra@test.vn")]
    public async Task OtherRolesReadTheValuesAndTheirPostIsRefused(string email)
    {
        using var client = await portal.SignedInAs(TestAccounts.All.Single(a => a.Email == email));
        var page = await client.GetDocument(Ntd);

        page.QuerySelector("#policy-form").ShouldBeNull();
        page.TextOf("#read-only").ShouldBe("Chỉ quản trị cấp tỉnh được điều chỉnh các giá trị này.");
        page.CellsOf("#row-threshold").ShouldStartWith("Tỷ lệ chuyên cần tối thiểu|");
        using var response = await client.PostForm(Ntd, page, new()
        {
            ["Data.AttendanceThreshold"] = "50",
            ["Data.MinClassSize"] = "1",
            ["Data.MaxClassSize"] = "2",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var scope = portal.Services.CreateAsyncScope();
        var stored = await new PolicyStore(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), NodaTime.SystemClock.Instance)
            .OverridesAsync(HaiDuongRegistry.HaiDuongProvinceId, TestContext.Current.CancellationToken);
        stored.ShouldNotContain(o => o.ChangedBy == email);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInAndAnUnknownProgrammeIsNotFound()
    {
        using var anonymous = portal.Client();
        using var response = await anonymous.GetAsync(Ntd, TestContext.Current.CancellationToken);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await admin.GetAsync("/Programs/Policy?code=XYZ", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        using var response = await client.PostAsync(Ntd, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Data.AttendanceThreshold"] = "70",
            ["Data.MinClassSize"] = "10",
            ["Data.MaxClassSize"] = "40",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetDocument(Ntd)).QuerySelector("#changed-by").ShouldBeNull();
    }

    [Theory]
    // The largest class below the smallest.
    [InlineData("80", "30", "20", "Data.MaxClassSize", "Sĩ số tối đa không được nhỏ hơn sĩ số tối thiểu (30).")]
    [InlineData("abc", "15", "60", "Data.AttendanceThreshold", "Tỷ lệ chuyên cần tối thiểu: \"abc\" không phải số nguyên.")]
    [InlineData("101", "15", "60", "Data.AttendanceThreshold", "Tỷ lệ chuyên cần tối thiểu phải là số nguyên từ 1 đến 100 (%).")]
    [InlineData("80", "0", "60", "Data.MinClassSize", "Sĩ số tối thiểu phải là số nguyên từ 1 đến 10000.")]
    [InlineData("80", "15", "", "Data.MaxClassSize", "Vui lòng nhập Sĩ số tối đa.")]
    public async Task BadValuesAreExplainedNextToTheirFieldAndNothingIsStored(string threshold, string min, string max, string field, string message)
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument(Ntd);

        using var response = await client.PostForm(Ntd, form, new()
        {
            ["Data.AttendanceThreshold"] = threshold,
            ["Data.MinClassSize"] = min,
            ["Data.MaxClassSize"] = max,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.Parse(response);
        page.TextOf($"[data-valmsg-for='{field}']").ShouldBe(message);
        page.QuerySelector("#changed-by").ShouldBeNull();
    }
}
