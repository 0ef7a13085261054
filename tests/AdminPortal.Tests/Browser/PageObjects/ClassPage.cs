using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>
/// A class's page (Lớp ...): its status, the state changes it offers and the links to the class's other pages. Once
/// it knows its address (<see cref="Here"/>), following a link first comes back to the class page, as a user would.
/// </summary>
public sealed class ClassPage(IPage page, string? url = null)
{
    public IPage Page => page;

    public ILocator Status => page.Locator("#class-status");

    public ILocator Message => page.GetByRole(AriaRole.Status);

    /// <summary>This class page, remembering its address.</summary>
    public ClassPage Here() => new(page, page.Url);

    /// <summary>Approves the class with its decision (Phê duyệt).</summary>
    public Task Approve(string number, string date, string signer) => Decide("#approve-form", "Phê duyệt", number, date, signer);

    /// <summary>Records the centre's opening decision (Ghi quyết định).</summary>
    public Task RecordOpeningDecision(string number, string date, string signer) => Decide("#opening-decision-form", "Ghi quyết định", number, date, signer);

    /// <summary>Starts taking learners (Bắt đầu tiếp nhận học viên).</summary>
    public Task StartEnrolment() => page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu tiếp nhận học viên" }).ClickAsync();

    public async Task<TimetablePage> Timetable()
    {
        await Follow("#link-timetable");
        return await new TimetablePage(page).Loaded();
    }

    public async Task<NominationsPage> Nominations()
    {
        await Follow("#link-nominations");
        return await new NominationsPage(page).Loaded();
    }

    public async Task<OpeningPage> Opening()
    {
        await Follow("#link-open");
        return await new OpeningPage(page).Loaded();
    }

    public async Task<AttendancePage> Attendance()
    {
        await Follow("#link-attendance");
        return await new AttendancePage(page).Loaded();
    }

    public async Task<ResultsPage> Results()
    {
        await Follow("#link-results");
        return await new ResultsPage(page).Loaded();
    }

    public async Task<CertificatesPage> Certificates()
    {
        await Follow("#link-certificates");
        return await new CertificatesPage(page).Loaded();
    }

    private async Task Follow(string linkId)
    {
        if (url is not null && page.Url != url)
        {
            await page.GotoAsync(url);
        }

        await page.Locator(linkId).ClickAsync();
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
