using System.CommandLine;
using Spectre.Console;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;

namespace TrainingDomain.DataGenerator.Cli;

/// <summary>The options of the <c>scale</c> scenario and its run of <c>generate</c>, which streams into the database.</summary>
internal static class ScaleCommand
{
    private static readonly ScaleOptions Defaults = new();

    public static readonly Option<int> Provinces = Size("--provinces", "scale: provinces in the synthetic registry (1–99).", Defaults.Provinces);
    public static readonly Option<int> Centres = Size("--centres", "scale: district centres per province (1–300).", Defaults.CentresPerProvince);
    public static readonly Option<int> Years = Size("--years", $"scale: years of classes, from {ScaleOptions.FirstYear} (1–6).", Defaults.Years);
    public static readonly Option<int> Classes = Size("--classes", "scale: classes per centre per year (1–1000).", Defaults.ClassesPerCentrePerYear);
    public static readonly Option<int> ClassSize = Size("--class-size", "scale: learners per class, i.e. active enrolments (20–120, NTD's bounds).", Defaults.ClassSize);
    public static readonly Option<int> Sessions = Size("--sessions", "scale: half-day sessions per class, even (10–40); attendance marks = provinces × centres × years × classes × class size × sessions.", Defaults.SessionsPerClass);

    public static IReadOnlyList<Option> All { get; } = [Provinces, Centres, Years, Classes, ClassSize, Sessions];

    private static Option<int> Size(string name, string description, int defaultValue) => new(name)
    {
        Description = $"{description} Default {defaultValue}.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static ScaleOptions OptionsOf(ParseResult result) => new ScaleOptions
    {
        Provinces = result.GetValue(Provinces),
        CentresPerProvince = result.GetValue(Centres),
        Years = result.GetValue(Years),
        ClassesPerCentrePerYear = result.GetValue(Classes),
        ClassSize = result.GetValue(ClassSize),
        SessionsPerClass = result.GetValue(Sessions),
    }.Validated();

    /// <summary>Streams the scenario into the (empty, migrated) database and prints what was written and read back.</summary>
    public static async Task<int> RunAsync(TrainingDbContext db, ScaleOptions size, ScenarioOptions options, Func<string, Func<IProgress<GenerationProgress>, Task<ScaleTotals>>, Task<ScaleTotals>> withProgress, CancellationToken cancellationToken)
    {
        var scenario = new ScaleScenario(size, options);
        var totals = await withProgress(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Generating and writing {ScaleScenario.Name} ({size.AttendanceMarks:N0} marks)"),
            progress => ScaleWriter.WriteAsync(db, scenario, progress, cancellationToken));
        var table = new Table().AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned());
        void Row(string name, long value) => table.AddRow(Markup.Escape(name), value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Row("Classes", totals.Classes);
        Row("Learner-turns", totals.LearnerTurns);
        Row("Attendance marks", totals.AttendanceMarks);
        Row("Results", totals.Results);
        Row("Certificates", totals.Certificates);
        Row("Planted: wrong audience", totals.WrongAudience);
        Row("Planted: absentees", totals.Absentees);
        Row("Withdrawn before start", totals.Withdrawn);
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }
}
