using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Quy chế mở lớp: each opening rule's result, and the button that opens the class when all pass.</summary>
public sealed class OpeningPage(IPage page)
{
    public IPage Page => page;

    public ILocator Outcome => page.Locator("#opening-outcome");

    public ILocator Status => page.Locator("#class-status");

    /// <summary>One row per opening rule.</summary>
    public ILocator RuleRows => page.Locator("#opening-rules tbody tr");

    /// <summary>The rules whose result cell says "Đạt" (met).</summary>
    public ILocator PassingRules => RuleRows.Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "Đạt", Exact = true }) });

    public async Task<OpeningPage> Loaded()
    {
        await Assertions.Expect(page.Locator("#opening-verdict")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Opens the class (Mở lớp) and lands on the class page.</summary>
    public async Task<ClassPage> Open()
    {
        await page.Locator("#open-button").ClickAsync();
        return new ClassPage(page);
    }
}
