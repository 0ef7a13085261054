using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>
/// Stands in until the data generator's <c>DemoData.SeedAsync</c> is on main: it seeds nothing and says so, so that the
/// first run still starts with an empty database. The portal never makes up a dataset of its own.
/// </summary>
public sealed class GeneratorNotMergedSeeder : IScenarioSeeder
{
    /// <inheritdoc />
    public bool IsAvailable => false;

    /// <inheritdoc />
    public Task SeedAsync(TrainingDbContext db, string scenario, int seed, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The data generator's scenarios (TrainingDomain.DataGenerator.DemoData) are not part of this build yet.");
}
