using TrainingDomain.DataGenerator.Scenarios;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

/// <summary>haiduong-2018q1 with the default options, generated once for all the tests that only read it.</summary>
public sealed class GeneratedQuarter
{
    internal Dataset Dataset { get; } = ScenarioCatalog.Get("haiduong-2018q1").Build(new ScenarioOptions(), null);
}

[CollectionDefinition(Name)]
public sealed class GeneratedQuarterCollection : ICollectionFixture<GeneratedQuarter>
{
    public const string Name = "haiduong-2018q1 generated once";
}
