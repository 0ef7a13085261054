namespace TrainingDomain.Programs.Audience;

/// <summary>The learner lives in an ethnic-minority, border or island area (used for waivers).</summary>
public sealed class SpecialAreaRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    public SpecialAreaRule(string id, int version, string legalBasis)
        : base(id, version, legalBasis)
    {
    }

    /// <inheritdoc />
    public override string Description => "cư trú ở vùng dân tộc thiểu số, biên giới, hải đảo";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.LivesInSpecialArea is not { } special)
        {
            return Unknown(FactNames.SpecialArea, "Chưa ghi nhận nơi cư trú có thuộc vùng dân tộc thiểu số, biên giới, hải đảo hay không.", new Fact(FactNames.SpecialArea, null));
        }

        // Three possible results; each is built once and shared.
        return special ? _yes ??= Build(true) : _no ??= Build(false);
    }

    private RuleResult? _yes;
    private RuleResult? _no;

    private RuleResult Build(bool special)
    {
        var fact = new Fact(FactNames.SpecialArea, special ? "Có" : "Không");
        return special
            ? Pass("Cư trú ở vùng dân tộc thiểu số, biên giới, hải đảo.", fact)
            : Fail("Không cư trú ở vùng dân tộc thiểu số, biên giới, hải đảo.", fact);
    }
}
