using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;

namespace TrainingDomain.AdminPortal.Tests;

/// <summary>The real portal in process, with the clock fixed on the day of the Hải Dương report (13/04/2018).</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly Instant ReportDay = Instant.FromUtc(2018, 4, 13, 2, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(ReportDay))));
    }

    public async Task<(HttpStatusCode Status, string Html)> GetPage(string url)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
