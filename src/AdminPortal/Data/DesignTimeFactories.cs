using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>Lets <c>dotnet ef migrations add --context SqlitePortalIdentityDbContext</c> build the model without starting the portal.</summary>
public sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalIdentityDbContext>
{
    /// <inheritdoc />
    public SqlitePortalIdentityDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.SqliteIdentityOptions("Data Source=design-time.db"));
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresPortalIdentityDbContext</c> build the model without a server.</summary>
public sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalIdentityDbContext>
{
    /// <inheritdoc />
    public PostgresPortalIdentityDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.PostgresIdentityOptions("Host=localhost;Database=design_time"));
}
