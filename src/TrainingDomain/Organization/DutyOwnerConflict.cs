namespace TrainingDomain.Organization;

/// <summary>A duty that more than one current staff member is accountable for on the same date.</summary>
/// <param name="Duty">The duty.</param>
/// <param name="StaffIds">The ids of the accountable owners, two or more.</param>
public sealed record DutyOwnerConflict(DutyDefinition Duty, IReadOnlyList<string> StaffIds);
