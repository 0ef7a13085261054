using System.Runtime.InteropServices;

namespace TrainingDomain.DataGenerator.Cli;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM into cancellation of a running command, so that it rolls its transaction back,
/// says so and exits with <see cref="ExitCodes.Cancelled"/> instead of being torn down by the runtime mid-write.
/// </summary>
/// <remarks>
/// System.CommandLine 2.0 documents the same for asynchronous actions, but in this tool (run as a child process, with
/// Spectre's progress display) the process still died of the signal; registering here is explicit and testable.
/// </remarks>
internal static class StopSignals
{
    public static async Task<int> RunAsync(CancellationToken outer, Func<CancellationToken, Task<int>> run)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(outer);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await run(stop.Token);
    }
}
