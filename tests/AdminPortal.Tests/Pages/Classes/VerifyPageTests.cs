using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

public class VerifyPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    // Well formed (10 characters of the code alphabet) but issued to nobody.
    [InlineData("/verify/ABCDEFGH23", "Không tìm thấy giấy chứng nhận nào có mã xác minh này.")]
    // Letters outside the alphabet, too short, and a long string: malformed, still a 404 and never a 500.
    [InlineData("/verify/abc", "Mã xác minh không đúng định dạng")]
    [InlineData("/verify/O0O0O0O0O0", "Mã xác minh không đúng định dạng")]
    [InlineData("/verify?code=%3Cscript%3E%27%20OR%201%3D1", "Mã xác minh không đúng định dạng")]
    public async Task AnUnknownOrMalformedCodeIsA404WithAVietnameseMessage(string url, string message)
    {
        var (status, html) = await portal.GetPage(url);

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain(message);
        using var client = portal.Client();
        using var response = await client.GetAsync("/verify?code=%3Cscript%3E", TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        raw.ShouldContain("&lt;script&gt;");
        raw.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task AVeryLongCodeIsA404NotAServerError()
    {
        var (status, html) = await portal.GetPage("/verify/" + new string('A', 2000));

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("Mã xác minh không đúng định dạng");
    }

    [Fact]
    public async Task TheCheckFormIsOpenToEveryone()
    {
        var (status, html) = await portal.GetPage("/verify");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Xác minh giấy chứng nhận");
        html.ShouldContain("Mã xác minh");
    }
}

public class VerifyRateLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TryingCodesInBulkIsSlowedDown()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var client = portal.Client();
            using var response = await client.GetAsync($"/verify/ABCDEFGH{i % 8 + 2}{i / 8 + 2}", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        statuses.Take(30).ShouldAllBe(s => s == HttpStatusCode.NotFound);
        statuses[30].ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
