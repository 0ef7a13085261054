using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Pages.Programs;

/// <summary>The programme catalogue with each programme's target-audience rules.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>The programmes shown, in code order.</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs { get; private set; } = [];

    /// <summary>Loads the catalogue.</summary>
    public void OnGet() => Programs = ProgramCatalog.Default.Programs;
}
