using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Kết quả: completing the class, then the scores (0–10) and their classification.</summary>
public sealed class ResultsPage(IPage page)
{
    public IPage Page => page;

    public ILocator Status => page.Locator("#class-status");

    public async Task<ResultsPage> Loaded()
    {
        await Assertions.Expect(page.Locator("#results-form")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Completes the class (Kết thúc lớp), which opens the scores for entry.</summary>
    public async Task Complete()
    {
        await page.Locator("#complete-form").GetByRole(AriaRole.Button, new() { Name = "Kết thúc lớp" }).ClickAsync();
        await Assertions.Expect(page.Locator("#completed")).ToHaveTextAsync("Lớp đã kết thúc.");
    }

    public ILocator ScoreOf(string learner) => page.GetByLabel($"Điểm (0–10) – {learner}", new() { Exact = true });

    public ILocator ClassificationOf(string learner) => page.Locator($"#results-form tr[data-learner='{learner}'] td.classification");

    /// <summary>Saves the scores (Lưu kết quả) and waits for how many were saved.</summary>
    public async Task Save(int expected)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync($"Đã lưu kết quả của {expected} học viên.");
    }
}
