using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Lập kế hoạch lớp: planning a class ad hoc.</summary>
public sealed class PlanClassPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Opens the page from the class list.</summary>
    public async Task<PlanClassPage> OpenFromClassList(string baseUrl)
    {
        await page.GotoAsync($"{baseUrl}/Classes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lập kế hoạch lớp" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lập kế hoạch lớp" })).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Fills the form (centre and programme by value, dates dd/MM/yyyy).</summary>
    public async Task Fill(string centerId, string program, string code, string venue, string start, string end, int capacity)
    {
        await page.Locator("#plan-form [name='Data.CenterId']").SelectOptionAsync(centerId);
        await page.Locator("#plan-form [name='Data.ProgramCode']").SelectOptionAsync(program);
        await page.GetByLabel("Mã lớp").FillAsync(code);
        await page.GetByLabel("Địa điểm").FillAsync(venue);
        await page.Locator("#plan-form [name='Data.Start']").FillAsync(start);
        await page.Locator("#plan-form [name='Data.End']").FillAsync(end);
        await page.Locator("#plan-form [name='Data.Capacity']").FillAsync(capacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Plans the class and lands on its page, which confirms it.</summary>
    public async Task<ClassPage> Submit(string code)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch", Exact = true }).ClickAsync();
        var planned = new ClassPage(page);
        await Assertions.Expect(planned.Message).ToHaveTextAsync($"Đã lập kế hoạch lớp {code}.");
        return planned;
    }
}
