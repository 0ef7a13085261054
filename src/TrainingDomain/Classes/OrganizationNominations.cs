namespace TrainingDomain.Classes;

/// <summary>The outcomes of every learner one organisation nominated for a class.</summary>
/// <param name="Organization">The nominating organisation.</param>
/// <param name="Outcomes">One outcome per nominee, in the order nominated.</param>
public sealed record OrganizationNominations(NominatingOrganization Organization, IReadOnlyList<NominationOutcome> Outcomes)
{
    /// <summary>How many nominees ended in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int CountOf(NominationStatus status) => Outcomes.Count(o => o.Status == status);
}
