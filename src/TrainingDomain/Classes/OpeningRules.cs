namespace TrainingDomain.Classes;

/// <summary>
/// The class-opening rules (quy chế mở lớp) a province applies, as data: <see cref="Default"/> gives the built-in
/// rules; <see cref="With"/> adds a province's own and <see cref="Without"/> turns some off. Evaluating gives the shared
/// <see cref="Verdict"/> with one result per rule.
/// </summary>
/// <example>
/// <code>
/// // A province that does not fix topics and checks its own rule:
/// var rules = OpeningRules.Default().Without(RequiredTopicsRule.RuleId).With(new DelegateRule&lt;OpeningContext&gt;(...));
/// var verdict = rules.Evaluate(context);
/// </code>
/// </example>
public sealed class OpeningRules
{
    /// <summary>Every opening rule-set id starts with this, so <see cref="TrainingClass.Open(Verdict)"/> can tell an opening verdict.</summary>
    public const string RuleSetIdPrefix = "Class.Opening";

    /// <summary>The basis of the built-in rules: no public text was found, so they are a configurable policy.</summary>
    public const string Basis =
        "Quy chế mở lớp của trung tâm chính trị; chưa tìm thấy văn bản công khai quy định chi tiết: chính sách mặc định, tỉnh có thể cấu hình lại";

    private readonly RuleSet<OpeningContext> _rules;

    private OpeningRules(string id, IEnumerable<Rule<OpeningContext>> rules)
    {
        _rules = new RuleSet<OpeningContext>(id, rules);
    }

    /// <summary>The rule set's id, stored in every verdict.</summary>
    public string Id => _rules.Id;

    /// <summary>The rules, in report order.</summary>
    public IReadOnlyList<Rule<OpeningContext>> Rules => _rules.Rules;

    /// <summary>
    /// The built-in rules, in this order: the class is in the approved plan or has an approval decision; the opening
    /// decision is recorded; the timetable covers the programme's periods and topics; every session's lecturer is
    /// qualified and not double-booked; the enrolled count is within the programme's class size; every active enrolment
    /// is eligible or overridden.
    /// </summary>
    /// <param name="id">The rule set's id; starts with <see cref="RuleSetIdPrefix"/>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentException">When the id does not start with <see cref="RuleSetIdPrefix"/>.</exception>
    public static OpeningRules Default(string id = RuleSetIdPrefix)
    {
        EnsureId(id);
        return new OpeningRules(
            id,
            [
                new PlannedOrApprovedRule(),
                new OpeningDecisionRule(),
                new RequiredPeriodsRule(),
                new RequiredTopicsRule(),
                new QualifiedLecturersRule(),
                new NoDoubleBookingRule(),
                new ClassSizeRule(),
                new AcceptedEnrollmentsRule(),
            ]);
    }

    /// <summary>These rules plus one more, reported last.</summary>
    /// <param name="rule">The rule to add; its id must be new.</param>
    /// <returns>A new rule set with the same id.</returns>
    /// <exception cref="ArgumentNullException">When the rule is null.</exception>
    /// <exception cref="ArgumentException">When a rule with the same id is already there.</exception>
    public OpeningRules With(Rule<OpeningContext> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Rules.Any(r => r.Id == rule.Id))
        {
            throw new ArgumentException($"The opening rules already have a rule '{rule.Id}'.", nameof(rule));
        }

        return new OpeningRules(Id, [.. Rules, rule]);
    }

    /// <summary>These rules less some, turned off by id.</summary>
    /// <param name="ruleIds">The ids to remove, e.g. <see cref="RequiredTopicsRule.RuleId"/>.</param>
    /// <returns>A new rule set with the same id.</returns>
    /// <exception cref="ArgumentException">When an id is not among the rules.</exception>
    public OpeningRules Without(params string[] ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var unknown = ruleIds.FirstOrDefault(id => Rules.All(r => r.Id != id));
        if (unknown is not null)
        {
            throw new ArgumentException($"The opening rules have no rule '{unknown}'.", nameof(ruleIds));
        }

        return new OpeningRules(Id, Rules.Where(r => !ruleIds.Contains(r.Id)));
    }

    /// <summary>Applies every rule on the context's date.</summary>
    /// <param name="context">The class and what the rules look at.</param>
    /// <returns>The verdict; <see cref="VerdictOutcome.Eligible"/> reads "may open".</returns>
    /// <exception cref="ArgumentNullException">When the context is null.</exception>
    public Verdict Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _rules.Evaluate(context, context.On);
    }

    private static void EnsureId(string id)
    {
        if (id is null || !id.StartsWith(RuleSetIdPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"An opening rule-set id starts with '{RuleSetIdPrefix}'; got '{id}'.", nameof(id));
        }
    }
}
