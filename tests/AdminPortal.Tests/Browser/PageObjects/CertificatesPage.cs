using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Giấy chứng nhận: issuing a class's certificates in one batch and the register of those issued.</summary>
public sealed class CertificatesPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The batch's summary: "Đã cấp N giấy chứng nhận; M học viên chưa đủ điều kiện".</summary>
    public ILocator BatchSummary => page.Locator("#batch h2");

    /// <summary>The learners who got none, each with the reason.</summary>
    public ILocator NotIssued => page.Locator("#not-issued tbody tr");

    /// <summary>The certificates issued (one row each: number, holder, date, verification code, status).</summary>
    public ILocator Issued => page.Locator("#certificates tbody tr");

    public async Task<CertificatesPage> Loaded()
    {
        await Assertions.Expect(page.Locator("#certificates")).ToBeVisibleAsync();
        return this;
    }

    public Task IssueToEveryoneWhoQualifies() =>
        page.GetByRole(AriaRole.Button, new() { Name = "Cấp giấy chứng nhận cho tất cả học viên đủ điều kiện" }).ClickAsync();

    public ILocator CertificateOf(string learner) =>
        Issued.Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = learner, Exact = true }) });

    /// <summary>Opens the printable certificate of a learner (In).</summary>
    public async Task<CertificatePrintPage> Print(string learner)
    {
        await CertificateOf(learner).GetByRole(AriaRole.Link, new() { Name = "In", Exact = true }).ClickAsync();
        return await new CertificatePrintPage(page).Loaded();
    }
}
