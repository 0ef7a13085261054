using System.Security.Cryptography;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Tests.Scenarios;
using TrainingDomain.DataGenerator.Writing;

namespace TrainingDomain.DataGenerator.Tests.Writing;

[Collection(GeneratedQuarterCollection.Name)]
public sealed class ExportDeterminismTests(GeneratedQuarter quarter) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"training-data-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("Csv")]
    [InlineData("Json")]
    public void SameSeedTwice_GivesByteIdenticalFiles(string formatName)
    {
        var format = Enum.Parse<ExportFormat>(formatName);
        var again = ScenarioCatalog.Get("haiduong-2018q1").Build(new ScenarioOptions(), null);

        var first = Hashes(Exporter.Write(quarter.Dataset, format, Path.Combine(_root, "a"), TestContext.Current.CancellationToken));
        var second = Hashes(Exporter.Write(again, format, Path.Combine(_root, "b"), TestContext.Current.CancellationToken));

        first.Keys.ShouldBe(["attendance", "blueprints", "centers", "certificates", "classes", "duties", "enrollments", "lecturers", "nominations", "organizations", "plans", "questions", "results", "sessions", "staff"], ignoreOrder: true);
        second.ShouldBe(first);
    }

    [Fact]
    public void AnotherSeed_GivesOtherPeopleWithTheSameTotals()
    {
        var other = ScenarioCatalog.Get("haiduong-2018q1").Build(new ScenarioOptions { Seed = 7 }, null);

        var first = Summaries.Of(quarter.Dataset);
        var second = Summaries.Of(other);
        (second.Classes, second.LearnerTurns, second.CentersWithClasses).ShouldBe((72, 7_443, 11));
        (first.Classes, first.LearnerTurns, first.CentersWithClasses).ShouldBe((72, 7_443, 11));

        var people = quarter.Dataset.Classes.SelectMany(c => c.Enrollments).Select(e => e.Learner.CitizenId!.Value.Value).ToHashSet();
        var others = other.Classes.SelectMany(c => c.Enrollments).Select(e => e.Learner.CitizenId!.Value.Value).ToList();
        others.Count(people.Contains).ShouldBeLessThan(others.Count / 100);
        Hashes(Exporter.Write(other, ExportFormat.Csv, Path.Combine(_root, "c"), TestContext.Current.CancellationToken))["nominations"]
            .ShouldNotBe(Hashes(Exporter.Write(quarter.Dataset, ExportFormat.Csv, Path.Combine(_root, "d"), TestContext.Current.CancellationToken))["nominations"]);
    }

    [Fact]
    public void Csv_KeepsVietnameseText_AndQuotesFieldsWithCommas()
    {
        var files = Exporter.Write(quarter.Dataset, ExportFormat.Csv, Path.Combine(_root, "e"), TestContext.Current.CancellationToken);
        var centers = File.ReadAllText(files.Single(f => f.Path.EndsWith("centers.csv", StringComparison.Ordinal)).Path);
        centers.ShouldStartWith("Id,Name,GoverningCommittee,ValidFrom,ValidTo,ServedUnitIds\n");
        centers.ShouldContain("TTCT-293,Trung tâm Chính trị huyện Kim Thành,Huyện ủy Kim Thành,2018-01-01,2025-06-30");
        File.ReadAllBytes(files[0].Path)[0].ShouldNotBe((byte)0xEF, "no byte-order mark");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Dictionary<string, string> Hashes(IReadOnlyList<(string Path, int Rows)> files) =>
        files.ToDictionary(f => Path.GetFileNameWithoutExtension(f.Path), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Path))));
}
