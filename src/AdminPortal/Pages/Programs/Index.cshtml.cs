using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingDomain.Programs;

namespace TrainingDomain.AdminPortal.Pages.Programs;

/// <summary>The programme catalogue with each audience rule rendered as readable Vietnamese, with the province's stored values in place.</summary>
/// <param name="policies">The province's policies.</param>
public sealed class IndexModel(PortalPolicies policies) : PageModel
{
    /// <summary>The programmes, by code, as the province applies them.</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs { get; private set; } = [];

    /// <summary>The codes of the programmes whose values the province changed.</summary>
    public IReadOnlySet<string> Changed { get; private set; } = new HashSet<string>();

    /// <summary>Reads the catalogue.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        Programs = (await policies.GetAsync(HttpContext.RequestAborted)).Programs.Programs;
        Changed = Programs.Where(p => ProgramPolicyValues.Of(p) != ProgramPolicyValues.Of(ProgramCatalog.Default.Get(p.Code))).Select(p => p.Code).ToHashSet();
    }
}
