namespace TrainingDomain.Organization;

/// <summary>
/// A range of dates over which a staff member also heads the district Propaganda Department (Trưởng Ban Tuyên giáo
/// Huyện ủy / Thị ủy / Thành ủy). A director holding such a term on a date follows the model of Quy định 208-QĐ/TW.
/// </summary>
public sealed record PropagandaHeadTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="validFrom">The first day as head, inclusive.</param>
    /// <param name="validTo">The last day as head, inclusive; <c>null</c> while still head.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public PropagandaHeadTerm(LocalDate validFrom, LocalDate? validTo)
    {
        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The first day as head, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day as head, inclusive; <c>null</c> while still head.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether the term covers a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies in the term.</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);
}
