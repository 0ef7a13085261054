using Microsoft.Data.Sqlite;
using TrainingDomain.DataGenerator.Cli;

namespace TrainingDomain.DataGenerator.Tests.Cli;

/// <summary>The command line of the scale scenario: its options documented, and what it refuses.</summary>
public sealed class ScaleCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"training-data-scale-cli-{Guid.NewGuid():N}.db");

    private string Connection => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    [Fact]
    public async Task GenerateHelp_ExplainsEverySizeOption_WithItsDefault()
    {
        var (code, output, _) = await GeneratorCommandsTests.RunAsync("generate", "--help");

        code.ShouldBe(0);
        foreach (var (option, defaultValue) in new[] { ("--provinces", "1"), ("--centres", "4"), ("--years", "1"), ("--classes", "10"), ("--class-size", "40"), ("--sessions", "10") })
        {
            output.ShouldContain(option);
            output.ShouldContain($"Default {defaultValue}.");
        }
    }

    [Fact]
    public async Task ExportOfScale_ExitsWith2_SayingItStreamsIntoADatabase()
    {
        var (code, _, error) = await GeneratorCommandsTests.RunAsync("export", "-s", "scale", "--out", Path.GetTempPath());

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("streams straight into a database");
    }

    [Fact]
    public async Task ClassSizeBelowNtdBounds_ExitsWith2_NamingTheOption()
    {
        var (code, _, error) = await GeneratorCommandsTests.RunAsync("generate", "-s", "scale", "-p", "sqlite", "-c", Connection, "--class-size", "10");

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--class-size is between 20 and 120");
    }

    [Fact]
    public async Task ScaleWithAppend_ExitsWith2_PointingToReset()
    {
        var (code, _, error) = await GeneratorCommandsTests.RunAsync("generate", "-s", "scale", "-p", "sqlite", "-c", Connection, "--append");

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("use --reset");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
