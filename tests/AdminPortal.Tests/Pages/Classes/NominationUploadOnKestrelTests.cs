using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Tests.Browser;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>
/// The oversized upload on the real server: Kestrel's own body limit would answer a bare 413, so the page's check must
/// come first. Chromium uploads a 31 MB file and the officer reads the Vietnamese message on the nominations page.
/// </summary>
public class NominationUploadOnKestrelTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A31MegabyteFileUploadedInChromiumIsExplainedOnThePage()
    {
        var page = await session.NewPage();
        var id = await session.Portal.EnrollingClass(TestData.NamSachCenter, "NTD-K31/2018");
        var file = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, new byte[31 * 1024 * 1024], TestContext.Current.CancellationToken);
        try
        {
            await page.GotoAsync($"{session.BaseUrl}/Account/Login");
            await page.GetByLabel("Thư điện tử").FillAsync(TestAccounts.Staff291.Email);
            await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
            await page.GotoAsync($"{session.BaseUrl}/Classes/Nominations/{id}");

            await page.Locator("input[name=Upload]").SetInputFilesAsync(file);
            await page.Locator("#preview-button").ClickAsync();

            // Not the server's 413 on the post: the page again, told the size of what was refused.
            await page.WaitForURLAsync(url => url.Contains("tooLarge=", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("#upload-error")).ToHaveTextAsync(
                "Tệp tải lên khoảng 31,0 MB, vượt giới hạn 5 MB của một danh sách cử đi học. Hãy tách danh sách thành các tệp nhỏ hơn (ví dụ mỗi đơn vị cử một tệp) rồi nhập lần lượt.");
            await BrowserSession.Screenshot(page, "nominations-upload-too-large");
            (await session.Portal.ClassOf(id)).Nominations.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
