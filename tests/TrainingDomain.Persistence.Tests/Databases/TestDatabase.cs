using Microsoft.EntityFrameworkCore;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;

namespace TrainingDomain.Persistence.Tests.Databases;

/// <summary>
/// A database of its own for one test class: created and migrated with the one start-up call (MigrateAsync), seeded
/// with <see cref="SeedData"/>, deleted afterwards. Tests open a fresh context per read so that nothing comes from the
/// change tracker.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private string? _unavailable;

    public abstract string ProviderName { get; }

    /// <summary>Opens a new context, or skips the test (fails it under CI=true) when the server is unreachable.</summary>
    public TrainingDbContext Open()
    {
        if (_unavailable is { } reason)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{ProviderName} is required under CI=true: {reason}");
            }

            Assert.Skip($"{ProviderName} is not available: {reason}");
        }

        return new TrainingDbContext(Options());
    }

    public async ValueTask InitializeAsync()
    {
        _unavailable = await UnavailableReasonAsync();
        if (_unavailable is not null)
        {
            return;
        }

        await using var db = new TrainingDbContext(Options());
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        db.AddRegistry(SeedData.Registry());
        db.Lecturers.AddRange(SeedData.Lecturers());
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_unavailable is null)
        {
            await using var db = new TrainingDbContext(Options());
            await db.Database.EnsureDeletedAsync();
        }

        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract DbContextOptions<TrainingDbContext> Options();

    protected virtual Task<string?> UnavailableReasonAsync() => Task.FromResult<string?>(null);

    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
}
