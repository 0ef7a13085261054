using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingDomain.AdminPortal.Tests.Pages.Account;

public class LoginPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnAnonymousVisitToTheDashboardGoesToTheVietnameseLoginPage()
    {
        using var client = portal.Client();
        using var response = await client.GetAsync("/Dashboard", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldStartWith("/Account/Login?ReturnUrl=%2FDashboard");
        var page = await client.GetDocument(response.Headers.Location.PathAndQuery);
        page.TextOf("h1").ShouldBe("Đăng nhập");
        page.QuerySelector("label:has(input[name='Data.Password'])")!.TextContent.ShouldContain("Mật khẩu");
    }

    [Fact]
    public async Task EmptyFieldsAreExplainedNextToEachFieldInVietnamese()
    {
        using var client = portal.Client();
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = "", ["Data.Password"] = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.Parse(response);
        page.TextOf("[data-valmsg-for='Data.Email']").ShouldBe("Vui lòng nhập Thư điện tử.");
        page.TextOf("[data-valmsg-for='Data.Password']").ShouldBe("Vui lòng nhập Mật khẩu.");
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAVietnameseMessage()
    {
        using var client = portal.Client();
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = TestAccounts.Auditor.Email, ["Data.Password"] = "sai-mat-khau" });

        var page = await PageClient.Parse(response);
        page.TextOf(".form-errors").ShouldBe("Thư điện tử hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenForTheRightPassword()
    {
        var account = new global::TrainingDomain.AdminPortal.Data.DemoAccount("khoa@test.vn", "Tài khoản thử khóa", Security.PortalRoles.Auditor, null);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await global::TrainingDomain.AdminPortal.Data.FirstRun.CreateAsync(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<global::TrainingDomain.AdminPortal.Data.PortalUser>>(), account, TestAccounts.Password);
        }

        using var client = portal.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var form = await client.GetDocument("/Account/Login");
            (await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = account.Email, ["Data.Password"] = "Sai@12345" })).Dispose();
        }

        var again = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", again, new() { ["Data.Email"] = account.Email, ["Data.Password"] = TestAccounts.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.Parse(response)).TextOf(".form-errors").ShouldStartWith("Đăng nhập sai quá nhiều lần: tài khoản bị tạm khóa 15 phút.");
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        using var client = portal.Client();
        using var response = await client.PostAsync(
            "/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Data.Email"] = TestAccounts.Admin.Email, ["Data.Password"] = TestAccounts.Password }),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PageClient.Parse(response)).TextOf("[role=alert]").ShouldStartWith("Yêu cầu không hợp lệ");
    }

    [Fact]
    public async Task ATamperedSignInCookieCountsAsSignedOut()
    {
        using var signedIn = await portal.SignedInAs(TestAccounts.Admin);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        request.Headers.Add("Cookie", "td.auth=CfDJ8" + new string('A', 300));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldStartWith("/Account/Login");
    }

    [Fact]
    public async Task SigningInSetsAnHttpOnlySecureStrictCookieAndSigningOutNeedsAPost()
    {
        using var client = portal.Client();
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = TestAccounts.Admin.Email, ["Data.Password"] = TestAccounts.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("td.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
        response.Headers.Location!.OriginalString.ShouldBe("/Dashboard");

        using var get = await client.GetAsync("/Account/Logout", TestContext.Current.CancellationToken);
        get.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Dashboard", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    // Without a return address each user lands on the first page they may open: a lecturer may not see the dashboard.
    [InlineData("admin@test.vn", "/Dashboard")]
    [InlineData("canbo.291@test.vn", "/Dashboard")]
    [InlineData("kiemtra@test.vn", "/Dashboard")]
    [InlineData("giangvien.291@test.vn", "/Lecturer/MySessions")]
    public async Task EachRoleLandsOnAPageItMayOpen(string email, string home)
    {
        using var client = portal.Client();
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = email, ["Data.Password"] = TestAccounts.Password });

        response.Headers.Location!.OriginalString.ShouldBe(home);
        (await client.GetAsync(home, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeaders()
    {
        using var client = portal.Client();
        using var response = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
    }

    [Fact]
    public async Task AnOverLongAddressGetsA414WithAVietnameseMessage()
    {
        using var client = portal.Client();
        using var response = await client.GetAsync("/Account/Login?q=" + new string('a', 3000), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        (await PageClient.Parse(response)).TextOf("[role=alert]").ShouldStartWith("Địa chỉ yêu cầu quá dài");
    }

    [Fact]
    public async Task TheBootstrapAdministratorFromConfigurationCanSignInOutsideDevelopment()
    {
        using var configured = portal.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Bootstrap:AdminEmail", "bootstrap@test.vn");
            builder.UseSetting("Bootstrap:AdminPassword", "Khoidong@2018");
        });
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = "bootstrap@test.vn", ["Data.Password"] = "Khoidong@2018" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocument("/Users")).QuerySelector("#users")!.TextContent.ShouldContain("bootstrap@test.vn");
    }
}
