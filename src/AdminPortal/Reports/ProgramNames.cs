using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>Programme names for report lines, from the library's catalogue.</summary>
public static class ProgramNames
{
    /// <summary>The programme's name, or its code when the catalogue does not know it.</summary>
    /// <param name="code">The programme code.</param>
    /// <returns>The name.</returns>
    public static string Of(string code) => ProgramCatalog.Default.TryGet(code, out var program) ? program.Name : code;
}
