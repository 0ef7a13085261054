namespace TrainingDomain.Organization;

/// <summary>
/// A unit a training centre serves over an inclusive range of dates. A district centre serves its district; a
/// commune-level centre created under Quy định 360-QĐ/TW (2025) serves a set of communes, one area per commune.
/// </summary>
public sealed record CenterServiceArea
{
    /// <summary>Creates a service area.</summary>
    /// <param name="unitId">The id of the served unit incarnation.</param>
    /// <param name="validFrom">The first day of service, inclusive.</param>
    /// <param name="validTo">The last day of service, inclusive; <c>null</c> while still served.</param>
    /// <exception cref="ArgumentException">When the unit id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public CenterServiceArea(string unitId, LocalDate validFrom, LocalDate? validTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        UnitId = unitId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    // For EF Core: it sets the properties through their backing fields.
    private CenterServiceArea()
    {
        UnitId = string.Empty;
    }

    /// <summary>The id of the served unit incarnation.</summary>
    public string UnitId { get; }

    /// <summary>The first day of service, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day of service, inclusive; <c>null</c> while still served.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether the unit is served on a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies in the service range.</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);
}
