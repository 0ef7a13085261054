using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner must not already hold a political-theory level at or above a given level.</summary>
public sealed class PoliticalTheoryBelowRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="level">The level the learner must not yet hold.</param>
    public PoliticalTheoryBelowRule(string id, int version, string legalBasis, PoliticalTheoryLevel level)
        : base(id, version, legalBasis)
    {
        Level = level;
    }

    private readonly RuleResult?[] _results = new RuleResult?[Enum.GetValues<PoliticalTheoryLevel>().Length];

    /// <summary>The level the learner must not yet hold.</summary>
    public PoliticalTheoryLevel Level { get; }

    /// <inheritdoc />
    public override string Description => $"chưa có trình độ lý luận chính trị {Labels.Of(Level)} trở lên";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.PoliticalTheory is not { } level)
        {
            return Unknown(
                FactNames.PoliticalTheoryLevel,
                $"Chưa ghi nhận trình độ lý luận chính trị; yêu cầu chưa có trình độ {Labels.Of(Level)} trở lên.",
                new Fact(FactNames.PoliticalTheoryLevel, null));
        }

        return _results[(int)level] ??= Build(level);
    }

    private RuleResult Build(PoliticalTheoryLevel level)
    {
        var fact = new Fact(FactNames.PoliticalTheoryLevel, Labels.Of(level));
        return level < Level
            ? Pass($"Chưa có trình độ lý luận chính trị {Labels.Of(Level)} trở lên ({fact.Value}).", fact)
            : Fail($"Đã có trình độ lý luận chính trị {fact.Value}, không cần học lại.", fact);
    }
}
