using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Api;

/// <summary>API keys: issued and revoked by a province admin on a page, used in <c>X-Api-Key</c>, and cookies that were tampered with.</summary>
public class ApiKeys(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<string> IssueAsync(HttpClient admin, string name, string centre)
    {
        var page = await admin.GetDocument("/ApiKeys");
        using var response = await admin.PostForm("/ApiKeys?handler=Issue", page, new() { ["Data.Name"] = name, ["Data.CenterId"] = centre });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var issued = await PageClient.Parse(response);
        return issued.TextOf("#issued-secret");
    }

    private HttpClient WithKey(string key)
    {
        var client = portal.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task ACentreKeyReadsItsCentreUntilItIsRevoked()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var key = await IssueAsync(admin, "Cổng dữ liệu Nam Sách", TestData.NamSachCenter);
        using var integration = WithKey(key);

        var classes = await CentresApi.Json(await integration.GetAsync("/api/classes", TestContext.Current.CancellationToken));
        classes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe(["NTD-01/2018"]);
        (await integration.GetAsync("/api/classes?centre=" + TestData.CityCenter, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The key reads the API only: a page with the key and no cookie is still a sign-in redirect.
        (await integration.GetAsync("/Lecturers", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = await admin.GetDocument("/ApiKeys");
        var row = list.QuerySelectorAll("#api-keys tbody tr").Single(r => r.TextContent.Contains("Cổng dữ liệu Nam Sách"));
        row.TextContent.ShouldNotContain(key);
        using var revoked = await admin.PostForm($"/ApiKeys?handler=Revoke&id={row.GetAttribute("data-key")}", list, []);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var refused = await integration.GetAsync("/api/classes", TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await CentresApi.Json(refused)).GetProperty("title").GetString().ShouldBe("Khóa API không hợp lệ hoặc đã bị thu hồi.");
        (await admin.GetDocument("/ApiKeys")).QuerySelector($"tr[data-key='{row.GetAttribute("data-key")}']")!.TextContent.ShouldContain("Đã thu hồi ngày 13/04/2018");
    }

    [Fact]
    public async Task AProvinceKeyReadsEveryCentreAndTheReports()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        using var integration = WithKey(await IssueAsync(admin, "Ban Tuyên giáo – báo cáo", ""));

        var centres = await CentresApi.Json(await integration.GetAsync("/api/centres?asOf=31/03/2018", TestContext.Current.CancellationToken));
        var report = await CentresApi.Json(await integration.GetAsync("/api/reports/quarterly?year=2018&quarter=1", TestContext.Current.CancellationToken));

        centres.GetArrayLength().ShouldBe(TestData.Q1CentresWithClasses + TestData.Q1CentresWithoutClasses);
        report.GetProperty("total").GetProperty("learnerTurns").GetInt32().ShouldBe(TestData.Q1LearnerTurns);
    }

    [Theory]
    [InlineData("td_000000000000_bm90LWEta2V5")]
    [InlineData("not a key at all")]
    [InlineData("td__")]
    public async Task AnUnknownOrMalformedKeyIsA401ProblemNeverA500(string key)
    {
        using var integration = WithKey(key);
        using var response = await integration.GetAsync("/api/centres", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CentresApi.Json(response)).GetProperty("title").GetString().ShouldBe("Khóa API không hợp lệ hoặc đã bị thu hồi.");
    }

    [Fact]
    public async Task OnlyProvinceAdminsManageKeysAndAPostNeedsTheAntiforgeryToken()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        (await manager.GetAsync("/ApiKeys", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        using var forged = await admin.PostAsync("/ApiKeys?handler=Issue", new FormUrlEncodedContent(new Dictionary<string, string> { ["Data.Name"] = "Không có token" }), TestContext.Current.CancellationToken);

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetDocument("/ApiKeys")).QuerySelector("#api-keys")?.TextContent.ShouldNotContain("Không có token");
    }

    [Fact]
    public async Task AMissingNameIsExplainedNextToTheField()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var page = await admin.GetDocument("/ApiKeys");
        using var response = await admin.PostForm("/ApiKeys?handler=Issue", page, new() { ["Data.Name"] = "", ["Data.CenterId"] = "TTCT-999" });
        var result = await PageClient.Parse(response);

        result.TextOf("[data-valmsg-for='Data.Name']").ShouldBe("Vui lòng nhập Tên khóa (dùng cho việc gì).");
        result.TextOf("[data-valmsg-for='Data.CenterId']").ShouldBe("Trung tâm: vui lòng chọn một trung tâm trong danh sách.");
        result.QuerySelector("#issued-key").ShouldBeNull();
    }

    [Fact]
    public async Task ATamperedAuthCookieIsTreatedAsAnonymous()
    {
        // Sign in by hand, without a cookie container, to hold the auth cookie's value.
        using var raw = portal.Server.CreateClient();
        raw.BaseAddress = new Uri("https://localhost");
        using var login = await raw.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var antiforgery = CookieOf(login, "td.af");
        var form = await PageClient.Parse(login);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Data.Email"] = TestAccounts.Admin.Email,
                ["Data.Password"] = TestAccounts.Password,
                ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }),
        };
        post.Headers.Add("Cookie", "td.af=" + antiforgery);
        using var signedIn = await raw.SendAsync(post, TestContext.Current.CancellationToken);
        var auth = CookieOf(signedIn, "td.auth");
        var middle = auth.Length / 2;
        var tampered = auth[..middle] + (auth[middle] == 'A' ? 'B' : 'A') + auth[(middle + 1)..];

        (await Get(raw, "/Lecturers", auth)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var page = await Get(raw, "/Lecturers", tampered);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        using var api = await Get(raw, "/api/centres", tampered);
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CentresApi.Json(api)).GetProperty("title").GetString().ShouldBe("Vui lòng đăng nhập.");
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, string authCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", "td.auth=" + authCookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string CookieOf(HttpResponseMessage response, string name)
    {
        var header = response.Headers.GetValues("Set-Cookie").First(h => h.StartsWith(name + "=", StringComparison.Ordinal));
        return header[(name.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }
}
