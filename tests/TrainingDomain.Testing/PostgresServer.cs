using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TrainingDomain.Testing;

/// <summary>
/// The PostgreSQL server the tests of one process share. <c>TRAININGDOMAIN_PG</c> names an existing server (a
/// connection string whose database is used as the maintenance database); when it is unset, a throwaway server is
/// started from the installed PostgreSQL binaries (<c>initdb</c> + <c>pg_ctl</c> in a temporary folder, on a free
/// loopback port; as root through <c>runuser -u postgres</c>) and stopped when the process exits.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable that names an existing server.</summary>
    public const string EnvironmentVariable = "TRAININGDOMAIN_PG";

    private static readonly Lazy<Task<Availability>> Server = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The maintenance connection string of the server, or the reason there is none (no PostgreSQL installed, the
    /// server would not start, the named server is unreachable).
    /// </summary>
    /// <returns>The connection string and null, or null and the reason.</returns>
    public static async Task<(string? ConnectionString, string? Unavailable)> GetAsync()
    {
        var availability = await Server.Value;
        return (availability.ConnectionString, availability.Reason);
    }

    private sealed record Availability(string? ConnectionString, string? Reason);

    private static async Task<Availability> StartAsync()
    {
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            var reason = await UnreachableAsync(named);
            return reason is null ? new(named, null) : new(null, $"{EnvironmentVariable} names a server that does not answer: {reason}");
        }

        var bin = FindBinaries();
        if (bin is null)
        {
            return new(null, "no PostgreSQL server binaries under /usr/lib/postgresql (install the Debian package 'postgresql', " +
                             $"or set {EnvironmentVariable} to a connection string)");
        }

        try
        {
            return new(await StartThrowawayAsync(bin), null);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            return new(null, $"the throwaway server from {bin} did not start: {e.Message}");
        }
    }

    private const string FolderPrefix = "trainingdomain-pg-";
    private const string OwnerFile = "owner.pid";

    // A test run that was killed never reaches its exit handler: stop the servers whose owning process is gone.
    private static async Task StopOrphansAsync(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(await File.ReadAllTextAsync(owner), out var pid) || IsRunning(pid))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "stop"], Environment.UserName == "root");
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another run may be cleaning up the same folder; leave it.
            }
        }

        static bool IsRunning(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static async Task<string> StartThrowawayAsync(string bin)
    {
        await StopOrphansAsync(bin);
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the folder goes to the postgres user, and the server runs as that user.
            await RunAsync("chown", ["-R", "postgres:postgres", folder]);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"], asRoot);
        string[] serverOptions =
        [
            $"-p {port}", "-c listen_addresses=127.0.0.1", $"-k {folder}", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c max_connections=200",
        ];
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", string.Join(' ', serverOptions), "-w", "start"], asRoot);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Stopping is best effort: the folder is removed even when the server already went away.
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };

        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ToString();
    }

    private static async Task<string?> UnreachableAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or SocketException or ArgumentException)
        {
            return e.Message;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}".Trim());
        }
    }
}
