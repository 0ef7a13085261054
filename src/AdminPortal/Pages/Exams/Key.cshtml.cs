using Microsoft.AspNetCore.Mvc;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// The answer key (đáp án) of one variant, printable: every view is read through the library, which records who read
/// which paper's which variant in the audit trail; anyone outside the paper's centre or without a role the province's
/// key policy allows gets 403 and nothing is recorded.
/// </summary>
public sealed class KeyModel(TrainingDbContext db, IClock clock, PortalPolicies policies) : ExamPageModel(db, clock, policies)
{
    /// <summary>The key as read.</summary>
    public AnswerKeyRead Key { get; private set; } = null!;

    /// <summary>The centre's name.</summary>
    public string CenterName { get; private set; } = string.Empty;

    /// <summary>Shows the key and records the view.</summary>
    /// <param name="id">The paper.</param>
    /// <param name="variant">The variant code.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(Guid id, string variant)
    {
        var exams = await ExamsAsync();
        StoredPaper stored;
        try
        {
            stored = await exams.FindPaperAsync(id, HttpContext.RequestAborted);
        }
        catch (DomainRuleException)
        {
            return NotFound();
        }

        if (!CenterAccess.CanViewPapers(User, stored.CenterId))
        {
            return Forbid();
        }

        try
        {
            Key = await exams.ReadAnswerKeyAsync(id, variant, new KeyReader(Actor, CenterAccess.RolesOf(User)), HttpContext.RequestAborted);
        }
        catch (DomainRuleException refused) when (refused.RuleId == ExamUseCases.KeyNotAllowed)
        {
            return Forbid();
        }
        catch (DomainRuleException)
        {
            return NotFound();
        }

        CenterName = (await CenterNamesAsync()).GetValueOrDefault(stored.CenterId, stored.CenterId);
        return Page();
    }
}
