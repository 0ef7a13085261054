namespace TrainingDomain.Rules;

/// <summary>
/// A recorded decision to accept a subject despite an <see cref="VerdictOutcome.Ineligible"/> or
/// <see cref="VerdictOutcome.Undetermined"/> verdict.
/// </summary>
/// <param name="Approver">Who approved the override (name and title).</param>
/// <param name="Reason">Why the rules were set aside.</param>
/// <param name="ApprovedAt">When the override was recorded.</param>
public sealed record VerdictOverride(string Approver, string Reason, Instant ApprovedAt);
