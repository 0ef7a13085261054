using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bogus;
using NodaTime;
using TrainingDomain.DataGenerator.People;
using TrainingDomain.People;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// Generating 100,000 NTD learners: the generator's <see cref="LearnerProfileFaker"/> (Vietnamese names in order, a
/// citizen id of the real structure, ages, Party status, education and positions that agree, every guard of
/// <see cref="LearnerProfile"/> run) against a plain <see cref="Faker{T}"/> of a flat record with the same fields.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class GeneratorBenchmarks
{
    private const int Count = 100_000;
    private static readonly LocalDate ClassStart = new(2019, 3, 4);

    /// <summary>The plain faker: one rule per field, Bogus's own generators, no cross-field rules.</summary>
    [Benchmark(Baseline = true, Description = "plain Faker<FlatLearner> — baseline")]
    public int PlainFaker()
    {
        var faker = new Faker<FlatLearner>("vi")
            .UseSeed(2019)
            .RuleFor(l => l.FullName, f => f.Name.FullName())
            .RuleFor(l => l.BirthDate, f => ClassStart.PlusDays(-f.Random.Int(18 * 365, 60 * 365)))
            .RuleFor(l => l.Sex, f => f.PickRandom<Sex>())
            .RuleFor(l => l.Ethnicity, f => f.PickRandom("Kinh", "Tày", "Mường"))
            .RuleFor(l => l.CitizenId, f => f.Random.ReplaceNumbers("############"))
            .RuleFor(l => l.Education, f => f.PickRandom<EducationLevel>())
            .RuleFor(l => l.PoliticalTheory, f => f.PickRandom<PoliticalTheoryLevel>())
            .RuleFor(l => l.PartyMembership, f => f.PickRandom<PartyMembership>())
            .RuleFor(l => l.NominatedBy, f => f.Company.CompanyName())
            .RuleFor(l => l.LivesInSpecialArea, f => f.Random.Bool(0.05f))
            .RuleFor(l => l.PositionTitle, f => f.Name.JobTitle())
            .RuleFor(l => l.PositionOrganization, f => f.Company.CompanyName())
            .RuleFor(l => l.PositionFrom, f => ClassStart.PlusDays(-f.Random.Int(30, 3_000)));
        return faker.Generate(Count).Count;
    }

    /// <summary>The generator's faker for an NTD class.</summary>
    [Benchmark(Description = "LearnerProfileFaker (NTD)")]
    public int LearnerProfiles()
    {
        var faker = new LearnerProfileFaker(2019).For("NTD", ClassStart, "huyện Nam Sách", "Đảng ủy xã An Lâm");
        return faker.Generate(Count).Count;
    }

    // In process (the generated boilerplate project cannot reference the tool's executable project); a short monitoring
    // job: 1 warm-up, 5 measured iterations.
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("InProcess"));
    }

    /// <summary>A learner as flat fields.</summary>
    public sealed class FlatLearner
    {
        public string FullName { get; set; } = string.Empty;

        public LocalDate BirthDate { get; set; }

        public Sex Sex { get; set; }

        public string Ethnicity { get; set; } = string.Empty;

        public string CitizenId { get; set; } = string.Empty;

        public EducationLevel Education { get; set; }

        public PoliticalTheoryLevel PoliticalTheory { get; set; }

        public PartyMembership PartyMembership { get; set; }

        public string NominatedBy { get; set; } = string.Empty;

        public bool LivesInSpecialArea { get; set; }

        public string PositionTitle { get; set; } = string.Empty;

        public string PositionOrganization { get; set; } = string.Empty;

        public LocalDate PositionFrom { get; set; }
    }
}
