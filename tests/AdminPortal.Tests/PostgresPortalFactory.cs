using Microsoft.AspNetCore.Hosting;

namespace TrainingDomain.AdminPortal.Tests;

/// <summary>The portal with the <see cref="TestData"/> on a PostgreSQL database instead of SQLite, by configuration alone.</summary>
public sealed class PostgresPortalFactory(string connectionString) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Training", connectionString);
    }
}
