using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Buổi dạy của tôi: a lecturer's sessions, each with a link to its attendance sheet once the class runs.</summary>
public sealed class MySessionsPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Opens the page from the main menu.</summary>
    public async Task<MySessionsPage> OpenFromMenu()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Buổi dạy của tôi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#my-sessions")).ToBeVisibleAsync();
        return this;
    }

    public async Task<MySessionsPage> Loaded()
    {
        await Assertions.Expect(page.Locator("#my-sessions")).ToBeVisibleAsync();
        return this;
    }

    public ILocator RowsOf(string classCode) => page.Locator($"#my-sessions tr[data-class='{classCode}']");

    public ILocator Row(string classCode, int session) => page.Locator($"#my-sessions tr[data-class='{classCode}'][data-session='{session}']");

    /// <summary>Follows the session's "Điểm danh" link.</summary>
    public async Task<AttendancePage> TakeAttendance(string classCode, int session)
    {
        await Row(classCode, session).GetByRole(AriaRole.Link, new() { Name = "Điểm danh" }).ClickAsync();
        return await new AttendancePage(page).Loaded();
    }
}
