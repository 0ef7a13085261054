using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests;

/// <summary>
/// The real portal in process on a SQLite file of its own (one per test class), with the clock fixed on the day of the
/// Hải Dương report (13/04/2018), the <see cref="TestData"/> classes stored and one account per role.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly Instant ReportDay = Instant.FromUtc(2018, 4, 13, 2, 0);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adminportal-tests", Guid.NewGuid().ToString("N"));
    private bool _seeded;

    public string DatabasePath => Path.Combine(_folder, "training.db");

    /// <summary>Stores the training data (the accounts are always stored): <see cref="TestData"/> unless overridden.</summary>
    protected virtual async Task AddTrainingDataAsync(TrainingDbContext db)
    {
        TestData.AddTo(db);
        await db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Training", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(ReportDay)));
            // Hashing at the production cost on every sign-in would dominate the suite's time; the checks are the same.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    public async ValueTask InitializeAsync()
    {
        _ = Server;
        await SeedAsync();
    }

    /// <summary>Stores the test data and the accounts (once), after the portal migrated the database.</summary>
    public async Task SeedAsync()
    {
        if (_seeded)
        {
            return;
        }

        _seeded = true;
        await using var scope = Services.CreateAsyncScope();
        await AddTrainingDataAsync(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var account in TestAccounts.All)
        {
            await FirstRun.CreateAsync(users, account, TestAccounts.Password);
        }
    }

    /// <summary>A client that keeps cookies, does not follow redirects, and talks HTTPS (the cookies are Secure).</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>A client signed in through the login page as the account.</summary>
    public async Task<HttpClient> SignedInAs(DemoAccount account)
    {
        var client = Client();
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new()
        {
            ["Data.Email"] = account.Email,
            ["Data.Password"] = TestAccounts.Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {account.Email}");
        return client;
    }

    public async Task<(HttpStatusCode Status, string Html)> GetPage(string url)
    {
        using var client = Client();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}

/// <summary>The portal on a database with accounts but no training data, as on a first run without a scenario.</summary>
public sealed class EmptyPortalFactory : PortalFactory
{
    protected override Task AddTrainingDataAsync(TrainingDbContext db) => Task.CompletedTask;
}

/// <summary>The portal on the data generator's haiduong-2018q1 scenario, as a developer's first run seeds it.</summary>
public sealed class DemoPortalFactory : PortalFactory
{
    protected override Task AddTrainingDataAsync(TrainingDbContext db) =>
        DataGenerator.DemoData.SeedAsync(db, FirstRun.DefaultScenario, FirstRun.DefaultSeed, TestContext.Current.CancellationToken);
}

/// <summary>Reading pages with AngleSharp and posting their forms.</summary>
public static class PageClient
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocument(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(expected, url);
        return await Parse(response);
    }

    public static async Task<IHtmlDocument> Parse(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>Posts the fields with the antiforgery token of the page's form.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string url, IHtmlDocument page, Dictionary<string, string> fields)
    {
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        token.ShouldNotBeNullOrEmpty("the form carries an antiforgery token");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The cells of a table row, trimmed and joined with '|'.</summary>
    public static string CellsOf(this IHtmlDocument page, string selector)
    {
        var row = page.QuerySelector(selector);
        row.ShouldNotBeNull($"no row matches {selector}");
        return string.Join('|', row.Children.Select(c => c.TextContent.Trim()));
    }

    /// <summary>The text of the element, whitespace collapsed.</summary>
    public static string TextOf(this IHtmlDocument page, string selector)
    {
        var element = page.QuerySelector(selector);
        element.ShouldNotBeNull($"no element matches {selector}");
        return string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
