namespace TrainingDomain.Rules;

/// <summary>
/// The outcome of a whole rule set. Eligibility, lecturer qualification and class-opening checks share it:
/// <see cref="Eligible"/> reads "may enrol", "may teach" or "may open" depending on the rule set.
/// </summary>
public enum VerdictOutcome
{
    /// <summary>Every rule passed.</summary>
    Eligible,

    /// <summary>At least one rule failed.</summary>
    Ineligible,

    /// <summary>No rule failed, but at least one could not be decided because a fact is missing. Never treated as eligible.</summary>
    Undetermined,
}
