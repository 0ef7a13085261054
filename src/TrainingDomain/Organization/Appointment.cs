namespace TrainingDomain.Organization;

/// <summary>A staff member's appointment to a post over an inclusive range of dates.</summary>
public sealed record Appointment
{
    /// <summary>Creates an appointment.</summary>
    /// <param name="position">The post.</param>
    /// <param name="validFrom">The first day in the post, inclusive.</param>
    /// <param name="validTo">The last day in the post, inclusive; <c>null</c> while still held.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the post is undefined or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public Appointment(StaffPosition position, LocalDate validFrom, LocalDate? validTo)
    {
        if (!Enum.IsDefined(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown staff position.");
        }

        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        Position = position;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The post.</summary>
    public StaffPosition Position { get; }

    /// <summary>The first day in the post, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day in the post, inclusive; <c>null</c> while still held.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether the appointment covers a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies in the appointment's range.</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);
}
