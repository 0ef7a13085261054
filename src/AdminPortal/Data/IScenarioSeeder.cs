using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Data;

/// <summary>Fills an empty database with a named demo scenario of the data generator (<c>Seed:Scenario</c>).</summary>
public interface IScenarioSeeder
{
    /// <summary>Stores the scenario.</summary>
    /// <param name="db">The migrated, empty database.</param>
    /// <param name="scenario">The scenario name, e.g. <c>haiduong-2018q1</c>.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <returns>A task.</returns>
    Task SeedAsync(TrainingDbContext db, string scenario, int seed, CancellationToken cancellationToken);
}
