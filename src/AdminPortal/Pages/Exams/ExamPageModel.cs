using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// What the exam-set pages share: the library's <see cref="ExamUseCases"/> under the province's policies, who acts,
/// the programmes and centre names, and how a refusal is shown.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="clock">The clock.</param>
/// <param name="policies">The province's policies.</param>
public abstract class ExamPageModel(TrainingDbContext db, IClock clock, PortalPolicies policies) : PageModel
{
    /// <summary>The database.</summary>
    protected TrainingDbContext Db => db;

    /// <summary>Who acts, for the audit trail.</summary>
    protected string Actor => User.Identity?.Name ?? "unknown";

    /// <summary>The programmes of the catalogue, by code.</summary>
    public IReadOnlyList<TrainingDomain.Programs.Program> Programs => ProgramCatalog.Default.Programs;

    /// <summary>Whether the user may change the bank and blueprints.</summary>
    public bool CanEditBank => CenterAccess.CanEditQuestionBank(User);

    /// <summary>The province's policies for this request.</summary>
    /// <returns>The policies.</returns>
    protected Task<TrainingPolicies> PoliciesAsync() => policies.GetAsync(HttpContext.RequestAborted);

    /// <summary>The use cases under the province's policies.</summary>
    /// <returns>The use cases.</returns>
    protected async Task<ExamUseCases> ExamsAsync() => new(db, clock, await PoliciesAsync());

    /// <summary>The name of every centre, by id.</summary>
    /// <returns>The names.</returns>
    protected async Task<Dictionary<string, string>> CenterNamesAsync() =>
        await db.TrainingCenters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, StringComparer.Ordinal, HttpContext.RequestAborted);

    /// <summary>The programme code asked for, or the first programme of the catalogue.</summary>
    /// <param name="code">The code from the query.</param>
    /// <returns>A code of the catalogue.</returns>
    protected static string ProgramOrDefault(string? code) =>
        ProgramCatalog.Default.TryGet(code?.Trim().ToUpperInvariant() ?? string.Empty, out var program) ? program.Code : "NTD";

    /// <summary>Shows a refusal of the library under a model-state key (the page when empty).</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="key">The key.</param>
    protected void Refused(DomainRuleException refusal, string key = "")
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ModelState.AddModelError(key, refusal.Message);
    }
}
