namespace TrainingDomain.Rules;

/// <summary>The outcome of one rule applied to one subject.</summary>
public enum RuleOutcome
{
    /// <summary>The rule holds for the subject.</summary>
    Passed,

    /// <summary>The rule does not hold; the result's message says why.</summary>
    Failed,

    /// <summary>A fact the rule needs is not recorded; the result names the missing facts.</summary>
    Unknown,
}
