using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>A class's page (Lớp ...): its status, the state changes it offers and the links to the class's other pages.</summary>
public sealed class ClassPage(IPage page)
{
    public IPage Page => page;

    public ILocator Status => page.Locator("#class-status");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    /// <summary>The learners' table (one row per nomination).</summary>
    public ILocator LearnerRows => page.Locator("#nominations tbody tr");

    public async Task<ClassPage> Goto(string url)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(Status).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Approves the class with its decision (Phê duyệt).</summary>
    public Task Approve(string number, string date, string signer) => Decide("#approve-form", "Phê duyệt", number, date, signer);

    /// <summary>Records the centre's opening decision (Ghi quyết định).</summary>
    public Task RecordOpeningDecision(string number, string date, string signer) => Decide("#opening-decision-form", "Ghi quyết định", number, date, signer);

    /// <summary>Starts taking learners (Bắt đầu tiếp nhận học viên).</summary>
    public Task StartEnrolment() => page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu tiếp nhận học viên" }).ClickAsync();

    public async Task<TimetablePage> Timetable()
    {
        await page.Locator("#link-timetable").ClickAsync();
        return await new TimetablePage(page).Loaded();
    }

    public async Task<NominationsPage> Nominations()
    {
        await page.Locator("#link-nominations").ClickAsync();
        return await new NominationsPage(page).Loaded();
    }

    public async Task<OpeningPage> Opening()
    {
        await page.Locator("#link-open").ClickAsync();
        return await new OpeningPage(page).Loaded();
    }

    public async Task<AttendancePage> Attendance()
    {
        await page.Locator("#link-attendance").ClickAsync();
        return await new AttendancePage(page).Loaded();
    }

    public async Task<ResultsPage> Results()
    {
        await page.Locator("#link-results").ClickAsync();
        return await new ResultsPage(page).Loaded();
    }

    public async Task<CertificatesPage> Certificates()
    {
        await page.Locator("#link-certificates").ClickAsync();
        return await new CertificatesPage(page).Loaded();
    }

    private async Task Decide(string formId, string button, string number, string date, string signer)
    {
        var form = page.Locator(formId);
        await form.GetByLabel("Số quyết định").FillAsync(number);
        await form.GetByLabel("Ngày quyết định").FillAsync(date);
        await form.GetByLabel("Người ký").FillAsync(signer);
        await form.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }
}
