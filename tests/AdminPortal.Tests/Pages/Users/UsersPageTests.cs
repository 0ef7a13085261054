using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Users;

public class UsersPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AProvinceAdminSeesEveryAccountWithRoleAndCentre()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Users");

        var rows = page.QuerySelectorAll("#users tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Take(5).Select(c => c.TextContent.Trim()))).ToList();
        rows.ShouldContain("canbo.291@test.vn|Cán bộ Nam Sách|Cán bộ trung tâm|Trung tâm Chính trị huyện Nam Sách|Đang hoạt động");
        rows.ShouldContain("admin@test.vn|Quản trị tỉnh|Quản trị cấp tỉnh|–|Đang hoạt động");
    }

    [Theory]
    [InlineData("giamdoc.288@test.vn")]
    [InlineData("canbo.291@test.vn")]
    [InlineData("kiemtra@test.vn")]
    public async Task OtherRolesAreRefused(string email)
    {
        using var client = await portal.SignedInAs(TestAccounts.All.Single(a => a.Email == email));
        using var response = await client.GetAsync("/Users", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.Parse(response)).TextOf("[role=alert]").ShouldBe("Bạn không có quyền truy cập trang này hoặc dữ liệu của trung tâm này.");
    }

    [Fact]
    public async Task ACentreRoleWithoutACentreAndAWeakPasswordAreExplainedNextToTheFields()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument("/Users/Create");
        using var response = await client.PostForm("/Users/Create", form, new()
        {
            ["Data.Email"] = "moi@test.vn",
            ["Data.FullName"] = "Người mới",
            ["Data.Password"] = "matkhau",
            ["Data.Role"] = "CenterStaff",
            ["Data.CenterId"] = "",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.Parse(response);
        page.TextOf("[data-valmsg-for='Data.CenterId']").ShouldBe("Trung tâm: vai trò này thuộc một trung tâm; vui lòng chọn trung tâm.");
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedInVietnamese()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument("/Users/Create");
        using var response = await client.PostForm("/Users/Create", form, new()
        {
            ["Data.Email"] = "yeu@test.vn",
            ["Data.FullName"] = "Mật khẩu yếu",
            ["Data.Password"] = "matkhau1",
            ["Data.Role"] = "Auditor",
        });

        var page = await PageClient.Parse(response);
        page.TextOf("[data-valmsg-for='Data.Password']").ShouldBe("Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @ # !).");
    }

    [Fact]
    public async Task AProvinceAdminCreatesACentreManagerWhoThenSignsIn()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var form = await client.GetDocument("/Users/Create");
        using var response = await client.PostForm("/Users/Create", form, new()
        {
            ["Data.Email"] = "giamdoc.293@test.vn",
            ["Data.FullName"] = "Giám đốc Kim Thành",
            ["Data.Password"] = TestAccounts.Password,
            ["Data.Role"] = "CenterManager",
            ["Data.CenterId"] = TestData.KimThanhCenter,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await client.GetDocument("/Users");
        list.TextOf(".alert-ok").ShouldBe("Đã tạo tài khoản giamdoc.293@test.vn.");
        list.QuerySelector("#users")!.TextContent.ShouldContain("Trung tâm Chính trị huyện Kim Thành");
        using var manager = await portal.SignedInAs(new global::TrainingDomain.AdminPortal.Data.DemoAccount("giamdoc.293@test.vn", "", "CenterManager", TestData.KimThanhCenter));
    }

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var list = await admin.GetDocument("/Users");
        var lockForm = list.QuerySelectorAll("#users tbody tr").Single(r => r.TextContent.Contains("kiemtra@test.vn")).QuerySelector("form")!;
        var action = lockForm.GetAttribute("action")!;
        action.ShouldContain("handler=Lock");
        (await admin.PostForm(action, list, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var client = portal.Client();
        var login = await client.GetDocument("/Account/Login");
        using var refused = await client.PostForm("/Account/Login", login, new() { ["Data.Email"] = TestAccounts.Auditor.Email, ["Data.Password"] = TestAccounts.Password });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);

        list = await admin.GetDocument("/Users");
        var unlock = list.QuerySelectorAll("#users tbody tr").Single(r => r.TextContent.Contains("kiemtra@test.vn")).QuerySelector("form")!.GetAttribute("action")!;
        (await admin.PostForm(unlock, list, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
    }
}
