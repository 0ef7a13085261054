namespace TrainingDomain.DataGenerator.Cli;

/// <summary>The exit codes of <c>training-data</c>, for scripts (documented in the README and in <c>--help</c>).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line could not be parsed (System.CommandLine's own code).</summary>
    public const int InvalidCommandLine = 1;

    /// <summary>An unknown scenario or an option value outside its range (e.g. a rate above 1, a date that is not dd/MM/yyyy).</summary>
    public const int InvalidInput = 2;

    /// <summary>The database could not be reached or opened.</summary>
    public const int DatabaseUnavailable = 3;

    /// <summary>The target database already holds data and neither --append nor --reset was given.</summary>
    public const int TargetNotEmpty = 4;

    /// <summary>Generation or writing failed (a library rule refused the data, a database error); nothing was committed.</summary>
    public const int Failed = 5;

    /// <summary>Stopped by Ctrl+C or SIGTERM; nothing was committed.</summary>
    public const int Cancelled = 130;

    public const string Help =
        "Exit codes: 0 success; 1 invalid command line; 2 unknown scenario or option value out of range; 3 database unreachable; " +
        "4 target database not empty (use --append or --reset); 5 generation or write failed (nothing committed); 130 cancelled (nothing committed).";
}
