using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Tests.Pages.Classes;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// The end of a class in a browser: attendance for two sessions by keyboard (one learner absent twice triggers the
/// alerts), the class completed, results entered, certificates issued and one verified on the public page.
/// </summary>
public class ClassRecordsJourney(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ACentreMarksTwoSessionsEntersResultsIssuesCertificatesAndTheHolderIsVerified()
    {
        var id = await session.Portal.ClassId(TestData.CityCenter, "NTD-02/2018");
        var page = await session.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync($"{session.BaseUrl}/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(TestAccounts.Manager288.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToHaveTextAsync("Đăng nhập");

        foreach (var number in new[] { 1, 2 })
        {
            await page.GotoAsync($"{session.BaseUrl}/Classes/Attendance/{id}?session={number}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu có mặt cho học viên chưa điểm danh" }).ClickAsync();
            await page.Locator("tr[data-learner='Trịnh Văn Minh'] input[type=radio]").First.FocusAsync();
            await page.Keyboard.PressAsync("k");
            await Assertions.Expect(page.Locator("tr[data-learner='Trịnh Văn Minh'] input[value='UnexcusedAbsence']")).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("tr[data-learner='Lý Thị Lan'] input[value='Present']")).ToBeCheckedAsync();
            await BrowserSession.Screenshot(page, $"records-1-attendance-session-{number}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
            await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync("Đã lưu 2 thay đổi điểm danh.");
        }

        await Assertions.Expect(page.Locator("#alerts")).ToContainTextAsync("Trịnh Văn Minh: vắng không lý do 2 buổi liên tiếp");
        await Assertions.Expect(page.Locator("#alerts")).ToContainTextAsync("không thể đạt mức 80 % số tiết");
        await Assertions.Expect(page.Locator("#standing tr.row-alert th")).ToHaveTextAsync("Trịnh Văn Minh");
        await BrowserSession.Screenshot(page, "records-2-attendance-alerts");

        await page.GotoAsync($"{session.BaseUrl}/Classes/Results/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc lớp" }).ClickAsync();
        await Assertions.Expect(page.Locator("#completed")).ToHaveTextAsync("Lớp đã kết thúc.");
        await page.GetByLabel("Điểm (0–10) – Lý Thị Lan").FillAsync("8,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-learner='Lý Thị Lan'] .classification")).ToHaveTextAsync("Giỏi");
        await BrowserSession.Screenshot(page, "records-3-results");

        await page.GotoAsync($"{session.BaseUrl}/Classes/Certificates/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp giấy chứng nhận cho tất cả học viên đủ điều kiện" }).ClickAsync();
        await Assertions.Expect(page.Locator("#batch h2")).ToHaveTextAsync("Đã cấp 1 giấy chứng nhận; 1 học viên chưa đủ điều kiện");
        await Assertions.Expect(page.Locator("#not-issued")).ToContainTextAsync("Trịnh Văn Minh");
        await BrowserSession.Screenshot(page, "records-4-certificates");

        await page.GetByRole(AriaRole.Link, new() { Name = "In", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("article.certificate .certificate-title")).ToHaveTextAsync("GIẤY CHỨNG NHẬN");
        await Assertions.Expect(page.Locator("article.certificate img.qr")).ToBeVisibleAsync();
        var verifyUrl = await page.Locator("article.certificate .verify-url").InnerTextAsync();
        await BrowserSession.Screenshot(page, "records-5-certificate-print");

        var visitor = await session.NewPage();
        await visitor.GotoAsync(verifyUrl);
        await Assertions.Expect(visitor.Locator("#status")).ToHaveTextAsync("Giấy chứng nhận này CÒN HIỆU LỰC.");
        await Assertions.Expect(visitor.Locator("#holder")).ToHaveTextAsync("Lý Thị Lan");
        await BrowserSession.Screenshot(visitor, "records-6-verify");
        errors.ShouldBeEmpty();
    }
}
