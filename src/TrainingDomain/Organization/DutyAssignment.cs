namespace TrainingDomain.Organization;

/// <summary>
/// A duty given to one named staff member, as accountable owner or in support, over an inclusive range of dates.
/// Made through <see cref="CenterStaffing.AssignDuty"/>, which also checks the code against the catalogue.
/// </summary>
public sealed record DutyAssignment
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="dutyCode">The duty's code.</param>
    /// <param name="staffId">The staff member's id; a duty is never assigned to no one.</param>
    /// <param name="role">Accountable or supporting.</param>
    /// <param name="validFrom">The first day, inclusive.</param>
    /// <param name="validTo">The last day, inclusive; <c>null</c> while still assigned.</param>
    /// <exception cref="ArgumentException">When the duty code or the staff id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the role is undefined or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public DutyAssignment(string dutyCode, string staffId, DutyRole role, LocalDate validFrom, LocalDate? validTo)
    {
        if (string.IsNullOrWhiteSpace(dutyCode))
        {
            throw new ArgumentException("A duty code is required.", nameof(dutyCode));
        }

        if (string.IsNullOrWhiteSpace(staffId))
        {
            throw new ArgumentException(
                $"Duty '{dutyCode}' must be assigned to a named staff member (rõ người); the staff id is blank.", nameof(staffId));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown duty role.");
        }

        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        DutyCode = dutyCode;
        StaffId = staffId;
        Role = role;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The duty's code.</summary>
    public string DutyCode { get; }

    /// <summary>The staff member's id.</summary>
    public string StaffId { get; }

    /// <summary>Accountable or supporting.</summary>
    public DutyRole Role { get; }

    /// <summary>The first day, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day, inclusive; <c>null</c> while still assigned.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether the assignment covers a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies in the assignment's range.</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);
}
