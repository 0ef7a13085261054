using NodaTime;
using TrainingDomain.Calendar;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>The scenarios the generator knows, by name.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<ScenarioDefinition> All { get; } =
    [
        new(
            "haiduong-2018q1",
            "Hải Dương, quý I/2018 as reported on 13/04/2018: 12 district centres with staff, duties and lecturers; 72 classes, 7,443 learner-turns in 11 centres, Kim Thành none.",
            (options, progress) => HaiDuongScenario.Build(
                "haiduong-2018q1", options, ReportingPeriod.Quarter(2018, 1), new LocalDate(2018, 3, 31), [HaiDuongScenario.Q1Of2018], progress)),
        new(
            "haiduong-2018",
            "Hải Dương, the whole of 2018 with approved annual plans: the first quarter as reported, the other three drawn from the seed (about 270–310 classes in all; Kim Thành from the second quarter), so plan progress and same-period comparisons have data.",
            (options, progress) => HaiDuongScenario.Build(
                "haiduong-2018", options, ReportingPeriod.OfYear(2018), new LocalDate(2018, 12, 31), HaiDuongScenario.Year2018(options.Seed), progress)),
        new(
            HaiPhongScenario.Name,
            "The former Hải Dương area of Hải Phòng across the 2025 reform: 12 district centres with classes in the first half of 2025 (the district tier ends 30/06/2025), no centre from 01/07 to 30/09/2025, then 8 commune-level centres (Quy định 360-QĐ/TW) each serving a set of communes, with classes from 10/2025 to 03/2026 (about 85–115 classes in all; data as of 31/03/2026).",
            (options, progress) => HaiPhongScenario.Build(options, progress)),
        new(
            ScaleScenario.Name,
            "Load tests and benchmarks: a synthetic registry of --provinces × --centres district centres and, for --years from 2019, --classes NTD classes per centre and year of --class-size learners and --sessions sessions (marks = their product; 10 million with --provinces 2 --centres 10 --years 2 --classes 625). Streams into a database only (generate): memory stays flat.",
            (_, _) => throw new ArgumentOutOfRangeException("--scenario", ScaleScenario.Name, "The scale scenario streams straight into a database: use 'generate --scenario scale --provider ... --connection ...'.")),
    ];

    public static ScenarioDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The scenario of that name, or an exception that lists the known ones.</summary>
    public static ScenarioDefinition Get(string name) => Find(name)
        ?? throw new UnknownScenarioException($"Unknown scenario '{name}'. Known scenarios: {string.Join(", ", All.Select(s => s.Name))}.");
}

/// <summary>A scenario: its name, what it holds, and how it is built from options.</summary>
internal sealed record ScenarioDefinition(string Name, string Description, Func<ScenarioOptions, IProgress<GenerationProgress>?, Dataset> Build);

/// <summary>Thrown for a scenario name the generator does not know; the message lists the known ones.</summary>
public sealed class UnknownScenarioException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, listing the known scenarios.</param>
    public UnknownScenarioException(string message)
        : base(message)
    {
    }
}
