using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Điểm danh: a session's attendance sheet, the class's attendance standing and its alerts.</summary>
public sealed class AttendancePage(IPage page)
{
    public IPage Page => page;

    public ILocator Saved => page.Locator("#saved");

    /// <summary>The alerts list (one item per alert, the learner's name first).</summary>
    public ILocator Alerts => page.Locator("#alerts li");

    public async Task<AttendancePage> Loaded()
    {
        await Assertions.Expect(page.Locator("#standing")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Opens the sheet of a session from the session list ("Buổi N – dd/MM/yyyy").</summary>
    public async Task<AttendancePage> Session(int number)
    {
        await page.Locator("#sessions").GetByRole(AriaRole.Link, new() { Name = $"Buổi {number} –" }).ClickAsync();
        await Assertions.Expect(page.Locator("#attendance-form [name='Sheet.Session']")).ToHaveValueAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>The marks of a learner on the sheet (a radio group named after the learner).</summary>
    public ILocator MarksOf(string learner) => page.Locator("#sheet").GetByRole(AriaRole.Radiogroup, new() { Name = learner, Exact = true });

    /// <summary>The learner's row of the standing table: periods, rate, best reachable rate, alerts.</summary>
    public ILocator StandingOf(string learner) =>
        page.Locator("#standing tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = learner, Exact = true }) });

    /// <summary>"Đánh dấu có mặt cho học viên chưa điểm danh": every unmarked learner present.</summary>
    public Task MarkUnmarkedPresent() => page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu có mặt cho học viên chưa điểm danh" }).ClickAsync();

    /// <summary>Marks the learner absent without excuse from the keyboard (K on the learner's marks), as the sheet teaches.</summary>
    public async Task MarkUnexcusedWithTheKeyboard(string learner)
    {
        await MarksOf(learner).GetByRole(AriaRole.Radio).First.FocusAsync();
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(MarksOf(learner).GetByLabel("Vắng không lý do")).ToBeCheckedAsync();
    }

    /// <summary>Saves the sheet (Lưu điểm danh) and waits for the number of marks saved.</summary>
    public async Task Save(int expectedChanges)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        await Assertions.Expect(Saved).ToHaveTextAsync($"Đã lưu {expectedChanges} thay đổi điểm danh.");
    }
}
