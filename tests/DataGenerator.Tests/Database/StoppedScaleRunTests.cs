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

        using (var kill = Process.Start("/bin/kill", [InterruptSignal, child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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

    // SIGINT, unless this test run was started in the background of a non-interactive shell: its children then inherit
    // SIGINT as ignored, as Ctrl+C would not reach them either, and the runtime keeps it so; SIGTERM goes through the
    // same handler (StopSignals) to the same exit code.
    private static string InterruptSignal
    {
        get
        {
            var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))?[7..].Trim();
            return ignored is not null && (Convert.ToUInt64(ignored, 16) & 0x2) != 0 ? "-TERM" : "-INT";
        }
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

    // The progress line "classes written" comes after the registry and the first classes went into the run's
    // transaction (it is not committed before the end): from then on the run is mid-write.
    private static async Task WaitUntilWritingAsync(Process child)
    {
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        child.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("classes written", StringComparison.Ordinal) == true)
            {
                writing.TrySetResult();
            }
        };
        child.BeginOutputReadLine();
        var ended = child.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(writing.Task, ended, Task.Delay(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken));
        first.ShouldBe(writing.Task, child.HasExited ? "the tool ended before it began writing" : "the tool never began writing");
    }

    private async Task<bool> HoldsDataAsync()
    {
        await using var db = new TrainingDbContext(SqliteTrainingDb.Options(Connection));
        return await DatabaseWriter.HoldsDataAsync(db, TestContext.Current.CancellationToken);
    }

    private async Task RerunAndReadBackAsync(bool reset)
    {
        // A small rerun: 1 centre × 4 classes × 40 learners × 10 sessions = 1,600 marks.
        string[] size = ["--centres", "1", "--classes", "4"];
        using var rerun = Start(reset ? [.. size, "--reset"] : size);
        var output = rerun.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await rerun.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await rerun.WaitForExitAsync(TestContext.Current.CancellationToken);
        rerun.ExitCode.ShouldBe(ExitCodes.Success, error + await output);

        await using var db = new TrainingDbContext(SqliteTrainingDb.Options(Connection));
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
        classes.Count.ShouldBe(4);
        classes.Sum(c => c.Enrollments.Sum(e => e.Marks.Count)).ShouldBe(1_600);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
    }
}
