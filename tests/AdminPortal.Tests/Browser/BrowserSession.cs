using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port and Debian's Chromium driven by Playwright (never a downloaded browser). Without
/// Chromium the browser tests are skipped with the reason, except under CI=true, where that is a failure.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    private readonly PortalFactory _portal;

    public BrowserSession()
        : this(new PortalFactory())
    {
    }

    protected BrowserSession(PortalFactory portal) => _portal = portal;
    private IPlaywright? _playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public string? MissingReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            MissingReason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).";
            return;
        }

        _portal.UseKestrel(0);
        _portal.StartServer();
        await _portal.SeedAsync();
        BaseUrl = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>The portal, for the accounts and data the journeys use.</summary>
    public PortalFactory Portal => _portal;

    /// <summary>A screenshot of the whole page, kept as a test artifact.</summary>
    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>A new page, or a skip (a failure under CI=true) when no browser is available.</summary>
    public async Task<IPage> NewPage()
    {
        if (Browser is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Browser tests cannot be skipped under CI=true: {MissingReason}");
            }

            Assert.Skip(MissingReason ?? "No browser.");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }
}

/// <summary>The browser on the portal seeded with the generator's haiduong-2018q1 scenario.</summary>
public sealed class DemoBrowserSession() : BrowserSession(new DemoPortalFactory());
