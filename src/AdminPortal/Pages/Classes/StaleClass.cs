using Microsoft.Extensions.Localization;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// How the class pages word the library's <c>Data.Changed</c> refusal: every state-change post carries the version its
/// page was built from, the library refuses a class changed since, and the user reads one Vietnamese "reload" message.
/// </summary>
public static class StaleClass
{
    /// <summary>The library's rule id for a class (or register) changed since the page was built.</summary>
    public const string RuleId = "Data.Changed";

    /// <summary>The message to show for a refusal: the portal's "the class changed, reload" for a stale page, else the library's own.</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="localizer">The portal's strings.</param>
    /// <returns>The Vietnamese message.</returns>
    public static string MessageOf(DomainRuleException refusal, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(localizer);
        return refusal.RuleId == RuleId ? localizer["ClassChanged"] : refusal.Message;
    }
}
