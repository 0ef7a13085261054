using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TrainingDomain.Testing;

namespace TrainingDomain.AdminPortal.Tests.Data;

/// <summary>PostgreSQL by configuration alone: the portal migrates its accounts next to the library's tables and works.</summary>
public class PostgresFirstRun(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task TheBootstrapAdministratorSignsInAndOpensTheDashboardOnPostgres()
    {
        database.EnsureAvailable();
        await using var portal = new PortalFactory();
        using var configured = portal.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Training", database.ConnectionString);
            builder.UseSetting("Bootstrap:AdminEmail", "pg-admin@test.vn");
            builder.UseSetting("Bootstrap:AdminPassword", "Khoidong@2018");
        });
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var form = await client.GetDocument("/Account/Login");
        using var response = await client.PostForm("/Account/Login", form, new() { ["Data.Email"] = "pg-admin@test.vn", ["Data.Password"] = "Khoidong@2018" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocument("/Dashboard?kind=Quarter&year=2018&quarter=1")).TextOf("#tile-classes .value").ShouldBe("0");
        (await client.GetDocument("/Users")).QuerySelector("#users")!.TextContent.ShouldContain("pg-admin@test.vn");
    }
}
