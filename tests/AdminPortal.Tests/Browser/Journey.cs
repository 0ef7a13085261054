using Microsoft.Playwright;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// What a browser journey keeps: a numbered full-page screenshot per step in <see cref="BrowserSession.ScreenshotFolder"/>
/// (<c>{name}-01-{step}.png</c>, the journey's older screenshots removed first), listed with their times in <c>{name}-steps.txt</c>, and every console error of the pages it
/// watches (a script or CSP error fails the journey).
/// </summary>
public sealed class Journey
{
    private readonly string _name;
    private readonly List<string> _screenshots = [];
    private readonly List<string> _consoleErrors = [];
    private readonly List<IPage> _pages = [];
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();

    public Journey(string name)
    {
        _name = name;
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        foreach (var old in Directory.EnumerateFiles(BrowserSession.ScreenshotFolder, $"{name}-*.png"))
        {
            File.Delete(old);
        }

        File.Delete(StepLog);
    }

    /// <summary>The list of the journey's screenshots with the time each was taken, next to them.</summary>
    public string StepLog => Path.Combine(BrowserSession.ScreenshotFolder, _name + "-steps.txt");

    /// <summary>The screenshots taken so far, in order.</summary>
    public IReadOnlyList<string> Screenshots => _screenshots;

    /// <summary>How long the journey has taken so far.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>The console errors seen so far.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Records the page's console errors.</summary>
    public IPage Watch(IPage page)
    {
        _pages.Add(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>Notes in the step log that a step without a screenshot ended, with the time.</summary>
    public Task Note(string step) =>
        File.AppendAllTextAsync(StepLog, FormattableString.Invariant($"{_watch.Elapsed.TotalSeconds,6:0.0} s  {step}{Environment.NewLine}"), TestContext.Current.CancellationToken);

    /// <summary>Keeps a screenshot of every watched page still open (<c>{name}-failed-N.png</c>), for a step that failed.</summary>
    public async Task KeepFailure()
    {
        for (var k = 0; k < _pages.Count; k++)
        {
            if (!_pages[k].IsClosed)
            {
                var path = Path.Combine(BrowserSession.ScreenshotFolder, $"{_name}-failed-{k + 1}.png");
                await _pages[k].ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                await Note($"failed; the page {_pages[k].Url} is in {Path.GetFileName(path)}");
            }
        }
    }

    /// <summary>Keeps a screenshot of the whole page as the next step.</summary>
    public async Task Shot(IPage page, string step)
    {
        var path = Path.Combine(BrowserSession.ScreenshotFolder, $"{_name}-{_screenshots.Count + 1:00}-{step}.png");
        var at = _watch.Elapsed;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _screenshots.Add(path);
        var line = FormattableString.Invariant($"{at.TotalSeconds,6:0.0} s  {Path.GetFileName(path)} ({(_watch.Elapsed - at).TotalSeconds:0.0} s to take)");
        await File.AppendAllTextAsync(StepLog, line + Environment.NewLine, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
