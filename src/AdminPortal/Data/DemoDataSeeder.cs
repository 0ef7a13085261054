using TrainingDomain.DataGenerator;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>Seeds the data generator's scenarios (<see cref="DemoData.SeedAsync"/>).</summary>
/// <param name="logger">Where the summary goes.</param>
public sealed class DemoDataSeeder(ILogger<DemoDataSeeder> logger) : IScenarioSeeder
{
    /// <inheritdoc />
    public async Task SeedAsync(TrainingDbContext db, string scenario, int seed, CancellationToken cancellationToken)
    {
        var summary = await DemoData.SeedAsync(db, scenario, seed, cancellationToken);
        logger.LogInformation("Seeded scenario {Scenario} (seed {Seed}): {Summary}", scenario, seed, summary);
    }
}
