using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Thời khóa biểu: the sessions of a class and the form that adds one, with its lecturer picker.</summary>
public sealed class TimetablePage(IPage page)
{
    public IPage Page => page;

    public ILocator Message => page.GetByRole(AriaRole.Status);

    public ILocator SessionRows => page.Locator("#sessions tbody tr");

    /// <summary>The error shown next to the lecturer when the choice is refused.</summary>
    public ILocator LecturerError => page.Locator("#lecturer-error");

    public async Task<TimetablePage> Loaded()
    {
        await Assertions.Expect(page.Locator("#session-form")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>The picker's row of a lecturer: name, qualification verdict with its reasons, clash.</summary>
    public ILocator Choice(string lecturerId) => page.Locator($"#lecturer-choices tr[data-lecturer='{lecturerId}']");

    /// <summary>Fills a half-day session.</summary>
    public async Task FillSession(LocalDate date, bool morning, string topic, int periods)
    {
        await page.Locator("[name='Data.Date']").FillAsync($"{date.Day:00}/{date.Month:00}/{date.Year}");
        await page.Locator("[name='Data.HalfDay']").SelectOptionAsync(morning ? "Morning" : "Afternoon");
        await page.Locator("[name='Data.Topic']").FillAsync(topic);
        await page.Locator("[name='Data.Periods']").FillAsync(periods.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Asks the picker for every lecturer's verdict for the session as filled.</summary>
    public async Task CheckLecturers()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra giảng viên cho buổi này" }).ClickAsync();
        await Assertions.Expect(page.Locator("#lecturer-choices")).ToBeVisibleAsync();
    }

    /// <summary>Chooses a lecturer in the picker (after <see cref="CheckLecturers"/>) or in the plain list.</summary>
    public async Task ChooseLecturer(string lecturerId)
    {
        var radio = page.Locator($"#lecturer-{lecturerId}");
        if (await page.Locator("#lecturer-choices").CountAsync() > 0)
        {
            await radio.CheckAsync();
        }
        else
        {
            await page.Locator("#session-form [name='Data.LecturerId']").SelectOptionAsync(lecturerId);
        }
    }

    /// <summary>Adds the session as filled (Thêm buổi); the caller asserts what the page says.</summary>
    public Task Save() => page.Locator("#save-session").ClickAsync();

    /// <summary>Adds a session and waits for the page to confirm it.</summary>
    public async Task Add(int number, LocalDate date, bool morning, string topic, int periods, string lecturerId)
    {
        await FillSession(date, morning, topic, periods);
        await ChooseLecturer(lecturerId);
        await Save();
        await Assertions.Expect(Message).ToHaveTextAsync($"Đã thêm buổi {number}.");
    }
}
