using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>The public certificate check /verify/{code} (no sign-in).</summary>
public sealed class VerifyPage(IPage page)
{
    public IPage Page => page;

    public ILocator Status => page.Locator("#status");

    public ILocator Holder => page.Locator("#holder");

    public ILocator Programme => page.Locator("#programme");

    public ILocator IssuedOn => page.Locator("#issued-on");

    /// <summary>The names of the facts shown about the certificate.</summary>
    public ILocator FactNames => page.Locator("#verdict dt");

    public ILocator Main => page.Locator("main");

    public async Task<VerifyPage> Goto(string url)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(Status).ToBeVisibleAsync();
        return this;
    }
}
