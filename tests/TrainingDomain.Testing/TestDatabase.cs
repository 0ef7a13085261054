using Microsoft.EntityFrameworkCore;
using TrainingDomain.Persistence;

namespace TrainingDomain.Testing;

/// <summary>
/// A database of its own for one test class (use as a class fixture): created and migrated with the one start-up call
/// (<c>MigrateAsync</c>), seeded by <see cref="SeedAsync"/>, deleted afterwards. Tests open a fresh context per read so
/// that nothing comes from the change tracker. When the engine is not available the tests that open it are skipped with
/// the reason, and fail instead under <c>CI=true</c>.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private string? _unavailable;

    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string ProviderName { get; }

    /// <summary>The connection string of this database.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>The context options for this database (provider, connection, migrations assembly).</summary>
    public abstract DbContextOptions<TrainingDbContext> Options { get; }

    /// <summary>Opens a new context, or skips the test (fails it under CI=true) when the engine is unavailable.</summary>
    /// <returns>A context the caller disposes.</returns>
    public TrainingDbContext Open()
    {
        EnsureAvailable();
        return new TrainingDbContext(Options);
    }

    /// <summary>Skips the calling test (fails it under CI=true) when the engine is unavailable.</summary>
    public void EnsureAvailable()
    {
        if (_unavailable is not { } reason)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{ProviderName} is required under CI=true: {reason}");
        }

        Assert.Skip($"{ProviderName} is not available: {reason}");
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _unavailable = await PrepareAsync();
        if (_unavailable is not null)
        {
            return;
        }

        await using var db = new TrainingDbContext(Options);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await SeedAsync(db, TestContext.Current.CancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_unavailable is null)
        {
            await using var db = new TrainingDbContext(Options);
            await db.Database.EnsureDeletedAsync();
        }

        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Fills the freshly migrated database; nothing by default.</summary>
    /// <param name="db">A context over the database.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <returns>A task.</returns>
    protected virtual Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Gets the engine ready; returns why it cannot be used, or null.</summary>
    /// <returns>The reason the engine is unavailable, or null.</returns>
    protected virtual Task<string?> PrepareAsync() => Task.FromResult<string?>(null);

    /// <summary>Releases what the engine left behind (files).</summary>
    /// <returns>A task.</returns>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
