using TrainingDomain.DataGenerator.Scenarios;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

/// <summary>The scale scenario's size options and its determinism per seed.</summary>
public sealed class ScaleScenarioTests
{
    private static readonly ScaleOptions Tiny = new() { Provinces = 2, CentresPerProvince = 2, Years = 1, ClassesPerCentrePerYear = 2, ClassSize = 20, SessionsPerClass = 10 };

    private static List<string> Fingerprint(int seed) =>
        new ScaleScenario(Tiny, new ScenarioOptions { Seed = seed }).Generate()
            .OfType<ScaleItem.Class>()
            .SelectMany(c => c.Value.Enrollments.Where(e => e.IsActive).Select(e => $"{c.Value.Code}|{e.Learner.FullName}|{e.Learner.CitizenId}|{string.Join(',', e.Marks.Select(m => m.Mark))}"))
            .ToList();

    [Fact]
    public void SameSeed_GivesTheSameClassesLearnersAndMarks() => Fingerprint(11).ShouldBe(Fingerprint(11));

    [Fact]
    public void AnotherSeed_GivesOtherPeopleWithTheSameTotals()
    {
        var (a, b) = (Fingerprint(11), Fingerprint(12));

        b.Count.ShouldBe(a.Count);
        b.ShouldNotBe(a);
    }

    [Fact]
    public void TenMillionMarks_AreReachable_WithTheDocumentedSize() =>
        new ScaleOptions { Provinces = 2, CentresPerProvince = 10, Years = 2, ClassesPerCentrePerYear = 625 }.Validated().AttendanceMarks.ShouldBe(10_000_000);

    [Theory]
    [InlineData("--class-size", 19)]
    [InlineData("--sessions", 11)]
    [InlineData("--provinces", 0)]
    public void SizeOutOfRange_IsRefused_NamingTheOption(string option, int value)
    {
        var size = option switch
        {
            "--class-size" => Tiny with { ClassSize = value },
            "--sessions" => Tiny with { SessionsPerClass = value },
            _ => Tiny with { Provinces = value },
        };

        Should.Throw<ArgumentOutOfRangeException>(() => size.Validated()).ParamName.ShouldBe(option);
    }

    [Fact]
    public void SyntheticRegistry_HasOneCentrePerDistrict_WithUniqueNamesInEachProvince()
    {
        var registry = ScaleRegistry.Create(2, 40);

        registry.Centers.Count.ShouldBe(80);
        foreach (var province in registry.Centers.GroupBy(c => c.Id[..8]))
        {
            province.Select(c => c.Name).Distinct().Count().ShouldBe(40);
        }
    }
}
