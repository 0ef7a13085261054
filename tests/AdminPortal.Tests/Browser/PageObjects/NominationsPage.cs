using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>Cử đi học: importing a nomination list (preview, then confirm) and the class's learners.</summary>
public sealed class NominationsPage(IPage page)
{
    public IPage Page => page;

    public ILocator Outcome => page.Locator("#outcome");

    /// <summary>"N/M học viên": the seats taken.</summary>
    public ILocator Seats => page.Locator("#seats");

    /// <summary>The preview's rows, one per line of the file.</summary>
    public ILocator PreviewRows => page.Locator("#preview-rows tr[data-line]");

    public ILocator LearnerRows => page.Locator("#nominations tbody tr");

    public async Task<NominationsPage> Loaded()
    {
        await Assertions.Expect(page.Locator("#upload-form")).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Uploads a file and waits for its preview.</summary>
    public async Task Preview(string fileName, string mimeType, byte[] content)
    {
        await page.Locator("#upload-form input[type=file]").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await page.Locator("#preview-button").ClickAsync();
        await Assertions.Expect(page.Locator("#preview-rows")).ToBeVisibleAsync();
    }

    /// <summary>The preview's row of the person: the fields read, the verdict and its reasons.</summary>
    public ILocator RowOf(string fullName) => PreviewRows.Filter(new() { HasText = fullName });

    /// <summary>The preview's rows whose verdict is "Đúng đối tượng" (eligible; case-sensitive, so not "Không đúng đối tượng").</summary>
    public ILocator EligibleRows => PreviewRows.Filter(new() { HasTextRegex = new Regex("Đúng đối tượng") });

    /// <summary>Confirms the accepted rows (Xác nhận các dòng hợp lệ).</summary>
    public Task Confirm() => page.Locator("#confirm").ClickAsync();
}
