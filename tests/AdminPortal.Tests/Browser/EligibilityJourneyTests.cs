using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser;

public class EligibilityJourney(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task AnOfficerChecksANomineeFixesTheMissingFactAndSeesTheVerdictChange()
    {
        var page = await session.NewPage();
        await page.GotoAsync($"{session.BaseUrl}/Programs/Check?code=NTD");

        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn An");
        await page.GetByLabel("Ngày sinh").FillAsync("01/06/1995");
        await page.GetByLabel("Dân tộc", new() { Exact = true }).FillAsync("Kinh");
        await page.GetByLabel("Cư trú ở vùng dân tộc thiểu số, biên giới, hải đảo").SelectOptionAsync("false");
        await page.GetByLabel("Tình trạng đảng viên").SelectOptionAsync("OutstandingNonMember");
        await page.GetByLabel("Tổ chức giới thiệu").FillAsync("Chi bộ thôn Đồng Tâm");
        await page.GetByLabel("Ngày khai giảng").FillAsync("05/03/2018");
        await page.GetByLabel("Ngày khai giảng").PressAsync("Enter");

        var verdict = page.Locator("#verdict");
        await Assertions.Expect(verdict.Locator(".outcome")).ToHaveTextAsync("Chưa xác định được");
        await Assertions.Expect(verdict).ToContainTextAsync("Thông tin còn thiếu: trình độ học vấn");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "eligibility-undetermined.png"), FullPage = true });

        await page.GetByLabel("Trình độ học vấn").SelectOptionAsync("LowerSecondary");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();

        await Assertions.Expect(page.Locator("#verdict .outcome")).ToHaveTextAsync("Đúng đối tượng");
        (await page.GetByLabel("Họ và tên").InputValueAsync()).ShouldBe("Nguyễn Văn An");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "eligibility-eligible.png"), FullPage = true });
    }

    [Fact]
    public async Task AMistypedDateIsExplainedNextToTheFieldAndNothingIsLost()
    {
        var page = await session.NewPage();
        await page.GotoAsync($"{session.BaseUrl}/Programs/Check?code=SC");

        await page.GetByLabel("Họ và tên").FillAsync("Lê Văn Cường");
        await page.GetByLabel("Ngày sinh").FillAsync("31/02/1980");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Data.BirthDate']")).ToHaveTextAsync("Ngày sinh: \"31/02/1980\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        (await page.GetByLabel("Họ và tên").InputValueAsync()).ShouldBe("Lê Văn Cường");
        (await page.Locator("#verdict").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TheMenuReachesEveryReferencePageByKeyboard()
    {
        var page = await session.NewPage();
        await page.GotoAsync(session.BaseUrl);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Danh mục chương trình");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tổ chức, đơn vị" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "31/03/2018" }).ClickAsync();
        await Assertions.Expect(page.Locator("#centers h2")).ToContainTextAsync("(12)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "organisation-2018.png"), FullPage = true });
    }
}
