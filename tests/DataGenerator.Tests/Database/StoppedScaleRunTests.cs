using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.DataGenerator.Cli;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Sqlite;

namespace TrainingDomain.DataGenerator.Tests.Database;

/// <summary>
/// The built tool (<c>dotnet TrainingDomain.DataGenerator.dll</c>) run as a child process on the <c>scale</c> scenario and
/// stopped while it writes: by SIGINT (Ctrl+C) it exits with 130, by SIGKILL it just dies; either way the database holds
/// nothing of the run afterwards (one transaction), and the next run succeeds and reads back whole.
/// </summary>
public sealed class StoppedScaleRunTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"training-data-stop-{Guid.NewGuid():N}.db");

    private string Connection => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    [Fact]
    public async Task Sigint_MidWrite_ExitsWith130_LeavesNothing_AndARerunSucceeds()
    {
        var child = StartLongRun();
        await WaitUntilWritingAsync(child);

        using (var kill = Process.Start("/bin/kill", ["-INT", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        var error = await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        child.ExitCode.ShouldBe(ExitCodes.Cancelled, error);
        error.ShouldContain("nothing was committed");
        (await HoldsDataAsync()).ShouldBeFalse();
        await RerunAndReadBackAsync(reset: false);
    }

    [Fact]
    public async Task Sigkill_MidWrite_LeavesNothing_AndARerunWithResetSucceeds()
    {
        var child = StartLongRun();
        await WaitUntilWritingAsync(child);

        child.Kill();
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);

        (await HoldsDataAsync()).ShouldBeFalse();
        await RerunAndReadBackAsync(reset: true);
    }

    // 1 province × 2 centres × 100 classes × 40 learners × 10 sessions = 80,000 marks: long enough to be caught writing.
    private Process StartLongRun() => Start("--provinces", "1", "--centres", "2", "--classes", "100");

    private Process Start(params string[] size)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "TrainingDomain.DataGenerator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { tool, "generate", "--scenario", "scale", "--provider", "sqlite", "--connection", Connection }.Concat(size))
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The tool did not start.");
    }

    // The library's SQLite databases run in WAL mode, and nothing is committed before the end: a write-ahead log past
    // a few megabytes (the migrations leave well under one) means the run's transaction is writing.
    private async Task WaitUntilWritingAsync(Process child)
    {
        var log = new FileInfo(_path + "-wal");
        var waited = Stopwatch.StartNew();
        while (!log.Exists || log.Length < 8 << 20)
        {
            child.HasExited.ShouldBeFalse("the tool ended before it began writing");
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(1), "the tool never began writing");
            await Task.Delay(50, TestContext.Current.CancellationToken);
            log.Refresh();
        }

        child.HasExited.ShouldBeFalse("the tool finished before it could be stopped; make the run longer");
    }

    private async Task<bool> HoldsDataAsync()
    {
        await using var db = new TrainingDbContext(SqliteTrainingDb.Options(Connection));
        return await DatabaseWriter.HoldsDataAsync(db, TestContext.Current.CancellationToken);
    }

    private async Task RerunAndReadBackAsync(bool reset)
    {
        using var rerun = Start(reset ? ["--reset"] : []);
        var output = rerun.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await rerun.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await rerun.WaitForExitAsync(TestContext.Current.CancellationToken);
        rerun.ExitCode.ShouldBe(ExitCodes.Success, error + await output);

        await using var db = new TrainingDbContext(SqliteTrainingDb.Options(Connection));
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
        classes.Count.ShouldBe(40);
        classes.Sum(c => c.Enrollments.Sum(e => e.Marks.Count)).ShouldBe(16_000);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
    }
}
