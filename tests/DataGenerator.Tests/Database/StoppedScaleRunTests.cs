using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrainingDomain.DataGenerator.Cli;
using TrainingDomain.DataGenerator.Writing;
using TrainingDomain.Persistence;
using TrainingDomain.Testing;

namespace TrainingDomain.DataGenerator.Tests.Database;

/// <summary>
/// The built tool (<c>dotnet TrainingDomain.DataGenerator.dll</c>) run as a child process on the <c>scale</c> scenario and
/// stopped while it writes: by SIGINT (Ctrl+C) it exits with 130, by SIGKILL it just dies; either way the database holds
/// nothing of the run afterwards (one transaction), and the next run succeeds and reads back whole. Each test takes a
/// database of its own (a temporary file, or a fresh database on the tests' PostgreSQL server), since a stopped run needs
/// an empty target and a rerun fills it.
/// </summary>
public abstract class StoppedScaleRunTests
{
    /// <summary>The tool's <c>--provider</c> value.</summary>
    protected abstract string Provider { get; }

    /// <summary>A new, not yet created database.</summary>
    protected abstract TestDatabase NewDatabase();

    /// <summary>Checks what a run that ended (stopped by SIGINT, or the rerun) leaves besides the data; nothing by default.</summary>
    protected virtual Task AfterRunAsync(TestDatabase database) => Task.CompletedTask;

    /// <summary>Waits until nothing of the stopped run is still attached to the database (a no-op but on a server).</summary>
    protected virtual Task WaitForTheRunToLetGoAsync(TestDatabase database) => Task.CompletedTask;

    [Fact]
    public async Task Sigint_MidWrite_ExitsWith130_LeavesNothing_AndARerunSucceeds()
    {
        await using var database = await CreateAsync();
        var child = StartLongRun(database);
        await WaitUntilWritingAsync(child);

        using (var kill = Process.Start("/bin/kill", [InterruptSignal, child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        var error = await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        child.ExitCode.ShouldBe(ExitCodes.Cancelled, error);
        error.ShouldContain("nothing was committed");
        (await HoldsDataAsync(database)).ShouldBeFalse();
        await AfterRunAsync(database);
        await RerunAndReadBackAsync(database, reset: false);
    }

    [Fact]
    public async Task Sigkill_MidWrite_LeavesNothing_AndARerunWithResetSucceeds()
    {
        await using var database = await CreateAsync();
        var child = StartLongRun(database);
        await WaitUntilWritingAsync(child);

        child.Kill();
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        await WaitForTheRunToLetGoAsync(database);

        (await HoldsDataAsync(database)).ShouldBeFalse();
        await RerunAndReadBackAsync(database, reset: true);
    }

    private async Task<TestDatabase> CreateAsync()
    {
        var database = NewDatabase();
        await database.InitializeAsync();
        database.EnsureAvailable();
        return database;
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
    private Process StartLongRun(TestDatabase database) => Start(database, "--provinces", "1", "--centres", "2", "--classes", "100");

    private Process Start(TestDatabase database, params string[] size)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "TrainingDomain.DataGenerator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { tool, "generate", "--scenario", "scale", "--provider", Provider, "--connection", database.ConnectionString }.Concat(size))
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

    private static async Task<bool> HoldsDataAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await DatabaseWriter.HoldsDataAsync(db, TestContext.Current.CancellationToken);
    }

    private async Task RerunAndReadBackAsync(TestDatabase database, bool reset)
    {
        // A small rerun: 1 centre × 4 classes × 40 learners × 10 sessions = 1,600 marks.
        string[] size = ["--centres", "1", "--classes", "4"];
        using var rerun = Start(database, reset ? [.. size, "--reset"] : size);
        var output = rerun.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await rerun.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await rerun.WaitForExitAsync(TestContext.Current.CancellationToken);
        rerun.ExitCode.ShouldBe(ExitCodes.Success, error + await output);

        await using var db = database.Open();
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);
        classes.Count.ShouldBe(4);
        classes.Sum(c => c.Enrollments.Sum(e => e.Marks.Count)).ShouldBe(1_600);
        await AfterRunAsync(database);
    }
}

/// <summary>The stop tests on a SQLite file (the run switches it to a rollback journal while it writes).</summary>
public sealed class StoppedScaleRunOnSqliteTests : StoppedScaleRunTests
{
    protected override string Provider => "sqlite";

    protected override TestDatabase NewDatabase() => new StoppedSqliteDatabase();

    // The run writes under a rollback journal and puts WAL (EF Core's mode) back when it ends, stopped or not; a killed
    // run cannot, and the rerun with --reset starts from a new file.
    protected override async Task AfterRunAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        ((string?)await pragma.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe("wal");
    }

    // The test database, which also removes the journal files a stopped or killed run may leave beside the file.
    private sealed class StoppedSqliteDatabase : SqliteTestDatabase
    {
        protected override async ValueTask DisposeCoreAsync()
        {
            SqliteConnection.ClearAllPools();
            await base.DisposeCoreAsync();
            var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}

/// <summary>The stop tests on a fresh database of the tests' PostgreSQL server (binary COPY inside one transaction).</summary>
public sealed class StoppedScaleRunOnPostgresTests : StoppedScaleRunTests
{
    protected override string Provider => "postgres";

    protected override TestDatabase NewDatabase() => new PostgresTestDatabase();

    // The killed tool's server session ends when the server sees its socket close; until then a --reset could not drop
    // the database. Its transaction was never committed, so nothing of it is visible meanwhile either way.
    protected override async Task WaitForTheRunToLetGoAsync(TestDatabase database)
    {
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var others = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
            others.Parameters.AddWithValue("name", name!);
            if ((long)(await others.ExecuteScalarAsync(TestContext.Current.CancellationToken))! == 0)
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the killed run's session is still on the server after 30 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
