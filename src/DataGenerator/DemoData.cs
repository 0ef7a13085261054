using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator;

/// <summary>Seeds a database with a generated scenario, for demo sites and the admin portal.</summary>
public static class DemoData
{
    /// <summary>
    /// Generates a scenario and writes it into an already-migrated, empty database, in one transaction (or in the
    /// caller's, when one is open).
    /// </summary>
    /// <param name="db">A context on a database migrated by the library (<c>SqliteTrainingDb.OpenAsync</c> or <c>PostgresTrainingDb.OpenAsync</c>).</param>
    /// <param name="scenario">A scenario name, e.g. <c>"haiduong-2018q1"</c>.</param>
    /// <param name="seed">The seed; the same seed gives the same data.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is committed then.</param>
    /// <returns>What was written and the reported period's figures as the library counts them.</returns>
    /// <exception cref="UnknownScenarioException">When the scenario is not known; the message lists the known ones.</exception>
    /// <exception cref="InvalidOperationException">When the database already holds data.</exception>
    /// <example>
    /// <code>
    /// await using var db = await SqliteTrainingDb.OpenAsync("Data Source=demo.db");
    /// var summary = await DemoData.SeedAsync(db, "haiduong-2018q1", seed: 2018);
    /// // summary.Classes == 72, summary.LearnerTurns == 7443
    /// </code>
    /// </example>
    public static async Task<ScenarioSummary> SeedAsync(TrainingDbContext db, string scenario, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var definition = ScenarioCatalog.Get(scenario);
        if (await DatabaseWriter.HoldsDataAsync(db, cancellationToken))
        {
            throw new InvalidOperationException("The database already holds data; demo data is seeded only into an empty, migrated database.");
        }

        var dataset = definition.Build(new ScenarioOptions { Seed = seed }, null);
        await DatabaseWriter.WriteAsync(db, dataset, append: false, progress: null, cancellationToken);
        return Summaries.Of(dataset);
    }
}
