using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Data;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>The sign-in page (Đăng nhập).</summary>
public sealed class LoginPage(IPage page, string baseUrl)
{
    public IPage Page => page;

    /// <summary>
    /// Opens a page of the portal (the sign-in page when none is given), which asks a signed-out user to sign in; signs
    /// in as the account and waits until the portal shows the account signed in, on that page.
    /// </summary>
    public async Task SignIn(DemoAccount account, string path = "/Account/Login")
    {
        await page.GotoAsync(baseUrl + path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await page.GetByLabel("Thư điện tử").FillAsync(account.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
    }
}
