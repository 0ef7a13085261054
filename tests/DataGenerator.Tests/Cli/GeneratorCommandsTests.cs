using System.CommandLine;
using Microsoft.Data.Sqlite;
using TrainingDomain.DataGenerator.Cli;

namespace TrainingDomain.DataGenerator.Tests.Cli;

/// <summary>The command line's answers to bad input.</summary>
public sealed class GeneratorCommandsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"training-data-cli-{Guid.NewGuid():N}.db");

    private string Connection => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    [Fact]
    public async Task UnknownScenario_ExitsWith2_AndListsTheKnownOnes()
    {
        var (code, _, error) = await RunAsync("export", "--scenario", "hanoi-1999", "--out", Path.GetTempPath());

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("Unknown scenario 'hanoi-1999'");
        error.ShouldContain("haiduong-2018q1");
    }

    [Fact]
    public async Task RateOutsideZeroToOne_ExitsWith2_NamingTheOption()
    {
        var (code, _, error) = await RunAsync("export", "--scenario", "haiduong-2018q1", "--out", Path.GetTempPath(), "--absentee-rate", "1.5");

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--absentee-rate");
    }

    [Fact]
    public async Task UnreachableDatabase_ExitsWith3_NamingTheConnectionProblemWithoutThePassword()
    {
        var (code, _, error) = await RunAsync(
            "generate", "--scenario", "haiduong-2018q1", "--provider", "postgres",
            "--connection", "Host=127.0.0.1;Port=1;Username=postgres;Password=secret;Database=demo;Timeout=3");

        code.ShouldBe(ExitCodes.DatabaseUnavailable);
        error.ShouldContain("Cannot open the Postgres database");
        error.ShouldContain("Port=1");
        error.ShouldNotContain("secret");
    }

    [Fact]
    public async Task AppendTogetherWithReset_IsAnInvalidCommandLine()
    {
        var (code, _, error) = await RunAsync("generate", "-s", "haiduong-2018q1", "-p", "sqlite", "-c", Connection, "--append", "--reset");

        code.ShouldBe(ExitCodes.InvalidCommandLine);
        error.ShouldContain("--append and --reset cannot be used together");
    }

    [Fact]
    public async Task Help_ExplainsEveryOptionWithItsDefault_AndTheExitCodes()
    {
        var (code, output, _) = await RunAsync("generate", "--help");

        code.ShouldBe(0);
        foreach (var option in new[] { "--scenario", "--provider", "--connection", "--seed", "--append", "--reset", "--wrong-audience-rate", "--absentee-rate", "--expired-recognition-rate", "--missing-duty-owner-rate", "--withdrawal-rate" })
        {
            output.ShouldContain(option);
        }

        output.ShouldContain("Default 2018");
        output.ShouldContain("Default 0.03");
        (await RunAsync("--help")).Output.ShouldContain("Exit codes: 0 success");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GeneratorCommands.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
