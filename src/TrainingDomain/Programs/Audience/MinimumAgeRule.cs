using TrainingDomain.People;

namespace TrainingDomain.Programs.Audience;

/// <summary>The learner must have reached an age on the date checked.</summary>
public sealed class MinimumAgeRule : Rule<EligibilityContext>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="version">The rule version.</param>
    /// <param name="legalBasis">The basis.</param>
    /// <param name="years">The minimum age in whole years.</param>
    public MinimumAgeRule(string id, int version, string legalBasis, int years)
        : base(id, version, legalBasis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        Years = years;
    }

    // Messages depend only on the age; they are built once per age and shared.
    private readonly string?[] _messages = new string?[AgeCacheSize];
    private const int AgeCacheSize = 130;

    /// <summary>The minimum age in whole years.</summary>
    public int Years { get; }

    /// <inheritdoc />
    public override string Description => $"đủ {Years} tuổi vào ngày khai giảng";

    /// <inheritdoc />
    public override RuleResult Evaluate(EligibilityContext context)
    {
        if (context.Learner.AgeOn(context.On) is not { } age)
        {
            return Unknown(FactNames.BirthDate, $"Chưa ghi nhận ngày sinh; yêu cầu đủ {Years} tuổi.", new Fact(FactNames.BirthDate, null));
        }

        var birth = Fact.OfDate(FactNames.BirthDate, context.Learner.BirthDate!.Value);
        var ageFact = new Fact(FactNames.Age, Numbers.Text(age));
        if (age >= Years)
        {
            var message = (uint)age < AgeCacheSize
                ? _messages[age] ??= $"Đủ {Years} tuổi ({age} tuổi)."
                : $"Đủ {Years} tuổi ({age} tuổi).";
            return Pass(message, birth, ageFact);
        }

        return Fail($"Chưa đủ {Years} tuổi vào ngày {Labels.Of(context.On)} ({age} tuổi).", birth, ageFact);
    }
}
