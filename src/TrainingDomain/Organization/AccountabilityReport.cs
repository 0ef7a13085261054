namespace TrainingDomain.Organization;

/// <summary>
/// The result of checking "rõ người, rõ việc, rõ trách nhiệm" for one centre on one date; made by
/// <see cref="CenterStaffing.CheckAccountability"/>.
/// </summary>
/// <remarks>
/// Only staff members on the staff on the date count as owners. A duty whose only accountable holder has left the
/// staff therefore appears twice: among the duties held by former staff and, when mandatory, among the unowned ones.
/// </remarks>
public sealed record AccountabilityReport
{
    internal AccountabilityReport(
        string centerId,
        LocalDate date,
        IReadOnlyList<DutyDefinition> unownedMandatoryDuties,
        IReadOnlyList<DutyOwnerConflict> multipleOwners,
        IReadOnlyList<DutyAssignment> heldByFormerStaff,
        DirectorModelFinding directorModel,
        IReadOnlyList<string> findings)
    {
        CenterId = centerId;
        Date = date;
        UnownedMandatoryDuties = unownedMandatoryDuties;
        MultipleOwners = multipleOwners;
        HeldByFormerStaff = heldByFormerStaff;
        DirectorModel = directorModel;
        Findings = findings;
    }

    /// <summary>The centre checked.</summary>
    public string CenterId { get; }

    /// <summary>The date checked.</summary>
    public LocalDate Date { get; }

    /// <summary>Mandatory duties with no accountable owner on the staff on the date, in catalogue order.</summary>
    public IReadOnlyList<DutyDefinition> UnownedMandatoryDuties { get; }

    /// <summary>Duties (mandatory or not) with more than one accountable owner on the staff on the date.</summary>
    public IReadOnlyList<DutyOwnerConflict> MultipleOwners { get; }

    /// <summary>Assignments, accountable or supporting, still running on the date whose holder was no longer on the staff.</summary>
    public IReadOnlyList<DutyAssignment> HeldByFormerStaff { get; }

    /// <summary>Whether the director concurrently headed the district Propaganda Department, with the explanation.</summary>
    public DirectorModelFinding DirectorModel { get; }

    /// <summary>Every problem found, one Vietnamese sentence each, in the order of the lists above; empty when clean.</summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>Whether nothing was found: every mandatory duty has exactly one owner, no former staff holds a duty and the director model holds.</summary>
    public bool IsClean =>
        UnownedMandatoryDuties.Count == 0 && MultipleOwners.Count == 0 && HeldByFormerStaff.Count == 0 && DirectorModel.Holds;
}
