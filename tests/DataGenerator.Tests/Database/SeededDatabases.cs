using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Tests.Cli;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Testing;

namespace TrainingDomain.DataGenerator.Tests.Database;

/// <summary>
/// A SQLite temp-file database that goes through what an operator might do to it: a write stopped after its first batch
/// (what is left is recorded), a registry added by hand, <c>generate</c> refused on the non-empty file, then
/// <c>generate --reset</c>. The tests read the outcome of each step and the data of the last.
/// </summary>
public sealed class SqliteGeneratedByCli : SqliteTestDatabase
{
    public bool HeldDataAfterStop { get; private set; } = true;

    public (int Code, string Output, string Error) RefusedRun { get; private set; }

    public (int Code, string Output, string Error) ResetRun { get; private set; }

    public ScenarioSummary? Summary { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var dataset = ScenarioCatalog.Get("haiduong-2018q1").Build(new ScenarioOptions(), null);
        Summary = Summaries.Of(dataset);
        using (var stop = new CancellationTokenSource())
        {
            var stopAfterFirstBatch = new Immediate(p =>
            {
                if (p.Stage == "classes written")
                {
                    stop.Cancel();
                }
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatabaseWriter.WriteAsync(db, dataset, append: false, stopAfterFirstBatch, stop.Token));
        }

        await using (var fresh = Open())
        {
            HeldDataAfterStop = await DatabaseWriter.HoldsDataAsync(fresh, cancellationToken);
            fresh.AddRegistry(HaiDuongRegistry.Create());
            await fresh.SaveChangesAsync(cancellationToken);
        }

        RefusedRun = await GeneratorCommandsTests.RunAsync("generate", "-s", "haiduong-2018q1", "-p", "sqlite", "-c", ConnectionString);
        ResetRun = await GeneratorCommandsTests.RunAsync("generate", "-s", "haiduong-2018q1", "-p", "sqlite", "-c", ConnectionString, "--reset");
    }

    // Progress<T> reports on the thread pool; the fixture needs the report before the next batch is saved.
    private sealed class Immediate(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}

/// <summary>A PostgreSQL database seeded with haiduong-2018q1 through the portal's entry point.</summary>
public sealed class SeededPostgres : PostgresTestDatabase
{
    public ScenarioSummary? Summary { get; private set; }

    protected override async Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        Summary = await DemoData.SeedAsync(db, "haiduong-2018q1", 2018, cancellationToken);
}
