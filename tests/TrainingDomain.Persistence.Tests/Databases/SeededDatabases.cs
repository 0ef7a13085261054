using TrainingDomain.Testing;

namespace TrainingDomain.Persistence.Tests.Databases;

/// <summary>A SQLite test database holding <see cref="SeedData"/>.</summary>
public sealed class SqliteDatabase : SqliteTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => SeedData.WriteAsync(db, cancellationToken);
}

/// <summary>A PostgreSQL test database holding <see cref="SeedData"/>.</summary>
public sealed class PostgresDatabase : PostgresTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => SeedData.WriteAsync(db, cancellationToken);
}
