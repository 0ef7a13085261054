using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser.PageObjects;

/// <summary>The printable certificate (A4 landscape) with its number, verification code, QR code and check address.</summary>
public sealed class CertificatePrintPage(IPage page)
{
    public IPage Page => page;

    public ILocator Certificate => page.Locator("article.certificate");

    public ILocator Title => Certificate.Locator(".certificate-title");

    public ILocator QrCode => Certificate.GetByRole(AriaRole.Img);

    public ILocator VerifyUrl => Certificate.Locator(".verify-url");

    public async Task<CertificatePrintPage> Loaded()
    {
        await Assertions.Expect(Certificate).ToHaveCountAsync(1);
        return this;
    }
}
