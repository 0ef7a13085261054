namespace TrainingDomain.Classes;

/// <summary>What became of one nomination, as reported to the organisation that sent it.</summary>
/// <param name="NominationId">The nomination.</param>
/// <param name="LearnerName">The nominee's full name.</param>
/// <param name="Status">Pending, accepted, refused, withdrawn, completed or failed.</param>
/// <param name="Reasons">Vietnamese reasons: for a refusal, the centre's reason and the failed eligibility rules; for a withdrawal, its reason; for a pending nominee who is not eligible, why.</param>
public sealed record NominationOutcome(Guid NominationId, string LearnerName, NominationStatus Status, IReadOnlyList<string> Reasons);
