using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner's education level must be at least a given level.</summary>
public sealed class MinimumEducationRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="minimum">The lowest level that passes.</param>
    public MinimumEducationRule(string id, int version, string legalBasis, EducationLevel minimum)
        : base(id, version, legalBasis)
    {
        Minimum = minimum;
        _unknown = Unknown(
            FactNames.EducationLevel,
            $"Chưa ghi nhận trình độ học vấn; yêu cầu từ {Labels.Of(Minimum)} trở lên.",
            new Fact(FactNames.EducationLevel, null));
    }

    private readonly RuleResult _unknown;
    private readonly RuleResult?[] _results = new RuleResult?[Enum.GetValues<EducationLevel>().Length];

    /// <summary>The lowest level that passes.</summary>
    public EducationLevel Minimum { get; }

    /// <inheritdoc />
    public override string Description => $"trình độ học vấn từ {Labels.Of(Minimum)} trở lên";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.Education is not { } level)
        {
            return _unknown;
        }

        // The result depends on the level alone: built once per level and shared (results are immutable).
        return _results[(int)level] ??= Build(level);
    }

    private RuleResult Build(EducationLevel level)
    {
        var fact = new Fact(FactNames.EducationLevel, Labels.Of(level));
        return level >= Minimum
            ? Pass($"Trình độ học vấn {fact.Value}, đạt yêu cầu từ {Labels.Of(Minimum)} trở lên.", fact)
            : Fail($"Trình độ học vấn {fact.Value}, chưa đạt yêu cầu từ {Labels.Of(Minimum)} trở lên.", fact);
    }
}
