using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>
/// The learner holds, on the date checked, a position of one of the given categories (optionally at given tiers).
/// A learner with no positions recorded fails: the profile says they hold none.
/// </summary>
public sealed class HoldsPositionRule : Rule<EligibilityContext>
{
    private readonly PositionCategory[] _categories;
    private readonly OrganizationLevel[] _levels;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="requirement">The requirement in Vietnamese, e.g. "là bí thư hoặc phó bí thư chi bộ".</param>
    /// <param name="categories">The categories that pass.</param>
    /// <param name="levels">The tiers that pass; any tier when empty.</param>
    public HoldsPositionRule(string id, int version, string legalBasis, string requirement, PositionCategory[] categories, OrganizationLevel[]? levels = null)
        : base(id, version, legalBasis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requirement);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentOutOfRangeException.ThrowIfZero(categories.Length, nameof(categories));
        Requirement = requirement;
        _categories = categories;
        _levels = levels ?? [];
    }

    /// <summary>The requirement in Vietnamese.</summary>
    public string Requirement { get; }

    /// <inheritdoc />
    public override string Description => Requirement;

    /// <summary>The categories that pass.</summary>
    public IReadOnlyList<PositionCategory> Categories => _categories;

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        var positions = context.Learner.Positions;
        for (var i = 0; i < positions.Count; i++)
        {
            var position = positions[i];
            if (position.IsHeldOn(context.On)
                && Array.IndexOf(_categories, position.Category) >= 0
                && (_levels.Length == 0 || Array.IndexOf(_levels, position.Level) >= 0))
            {
                var fact = new Fact(FactNames.Positions, $"{position.Title}, {position.Organization}");
                return Pass($"Đáp ứng: {Requirement} ({fact.Value}).", fact);
            }
        }

        return Fail($"Không đáp ứng: {Requirement}.", new Fact(FactNames.Positions, Describe(positions, context.On)));
    }

    private static string Describe(IReadOnlyList<PositionHeld> positions, LocalDate on)
    {
        var held = positions.Where(p => p.IsHeldOn(on)).Select(p => p.Title).ToList();
        return held.Count == 0 ? "(không giữ chức vụ nào)" : string.Join("; ", held);
    }
}
