namespace TrainingDomain.Rules;

/// <summary>
/// The explained decision of a rule set about one subject on one date: the overall outcome and one
/// <see cref="RuleResult"/> per top-level rule. Eligibility, lecturer qualification and opening checks all return it.
/// </summary>
/// <remarks>
/// The outcome is derived from the results: any failure makes it <see cref="VerdictOutcome.Ineligible"/>; otherwise any
/// unknown makes it <see cref="VerdictOutcome.Undetermined"/>; otherwise it is <see cref="VerdictOutcome.Eligible"/>.
/// A verdict is a record of what was decided: it is stored as it is and never recomputed silently.
/// </remarks>
public sealed record Verdict
{
    /// <summary>Creates a verdict from the results of the top-level rules of a rule set.</summary>
    /// <param name="ruleSetId">The id of the rule set that ran, e.g. <c>Eligibility.NTD</c>.</param>
    /// <param name="asOf">The date the rules were applied on.</param>
    /// <param name="results">One result per top-level rule.</param>
    /// <exception cref="ArgumentException">When <paramref name="ruleSetId"/> is blank.</exception>
    public Verdict(string ruleSetId, LocalDate asOf, IReadOnlyList<RuleResult> results)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetId);
        ArgumentNullException.ThrowIfNull(results);
        RuleSetId = ruleSetId;
        AsOf = asOf;
        Results = results;
        Outcome = Combine(results);
    }

    /// <summary>The id of the rule set that produced the verdict.</summary>
    public string RuleSetId { get; }

    /// <summary>The date the rules were applied on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Eligible, ineligible or undetermined.</summary>
    public VerdictOutcome Outcome { get; }

    /// <summary>One result per top-level rule.</summary>
    public IReadOnlyList<RuleResult> Results { get; }

    /// <summary>The override recorded against an ineligible or undetermined verdict, if any.</summary>
    public VerdictOverride? Override { get; private init; }

    /// <summary>Whether the subject may go ahead: the verdict is eligible, or it was overridden.</summary>
    public bool IsAccepted => Outcome == VerdictOutcome.Eligible || Override is not null;

    /// <summary>
    /// The rules that made the verdict fail, in rule order. Composites are looked through: a failed "all of" gives its
    /// failed children, a failed "any of" every alternative; a failed "not" is itself the reason.
    /// </summary>
    public IReadOnlyList<RuleResult> FailedRules => Causes(RuleOutcome.Failed).ToList();

    /// <summary>The names of the facts whose absence left the verdict undetermined, without duplicates.</summary>
    public IReadOnlyList<string> MissingFacts =>
        Causes(RuleOutcome.Unknown).SelectMany(r => r.MissingFacts).Distinct().ToList();

    /// <summary>
    /// Records that an approver accepts the subject despite this verdict.
    /// </summary>
    /// <param name="approver">Who approves; required.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="approvedAt">When, from the injected clock.</param>
    /// <returns>A copy of the verdict carrying the override; the results are unchanged.</returns>
    /// <exception cref="ArgumentException">When the approver or the reason is blank.</exception>
    /// <exception cref="DomainRuleException">When the verdict is already eligible, or already overridden.</exception>
    public Verdict OverrideWith(string approver, string reason, Instant approvedAt)
    {
        if (string.IsNullOrWhiteSpace(approver))
        {
            throw new ArgumentException("An override needs the name of the person who approves it.", nameof(approver));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An override needs a reason.", nameof(reason));
        }

        if (Outcome == VerdictOutcome.Eligible)
        {
            throw new DomainRuleException("Verdict.OverrideNotNeeded", "Kết quả kiểm tra đã đạt; không cần phê duyệt ngoại lệ.");
        }

        if (Override is not null)
        {
            throw new DomainRuleException("Verdict.AlreadyOverridden", $"Kết quả kiểm tra đã được {Override.Approver} phê duyệt ngoại lệ.");
        }

        return this with { Override = new VerdictOverride(approver.Trim(), reason.Trim(), approvedAt) };
    }

    /// <summary>Combines rule outcomes the way every verdict does: failed beats unknown beats passed.</summary>
    /// <param name="results">The results to combine.</param>
    /// <returns>The verdict outcome.</returns>
    public static VerdictOutcome Combine(IReadOnlyList<RuleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var unknown = false;
        for (var i = 0; i < results.Count; i++)
        {
            switch (results[i].Outcome)
            {
                case RuleOutcome.Failed:
                    return VerdictOutcome.Ineligible;
                case RuleOutcome.Unknown:
                    unknown = true;
                    break;
            }
        }

        return unknown ? VerdictOutcome.Undetermined : VerdictOutcome.Eligible;
    }

    private IEnumerable<RuleResult> Causes(RuleOutcome outcome) => Results.SelectMany(r => CausesOf(r, outcome));

    // A passed alternative inside an "any of" explains nothing, so only nodes carrying the outcome are followed down.
    private static IEnumerable<RuleResult> CausesOf(RuleResult node, RuleOutcome outcome)
    {
        if (node.Outcome != outcome)
        {
            yield break;
        }

        var followed = false;
        foreach (var child in node.Children)
        {
            if (child.Outcome == outcome)
            {
                followed = true;
                foreach (var cause in CausesOf(child, outcome))
                {
                    yield return cause;
                }
            }
        }

        if (!followed)
        {
            yield return node;
        }
    }
}
