namespace TrainingDomain.People;

/// <summary>A position a person holds or held, with its dates.</summary>
public sealed record PositionHeld
{
    /// <summary>Creates a position record.</summary>
    /// <param name="title">The title as written, e.g. "Bí thư chi bộ thôn Đồng Tâm".</param>
    /// <param name="category">The category the audience rules look at.</param>
    /// <param name="organization">The organisation, e.g. "Đảng ủy xã Cộng Hòa".</param>
    /// <param name="level">The tier of that organisation.</param>
    /// <param name="from">First day held, if known.</param>
    /// <param name="to">Last day held (inclusive); <c>null</c> while still held.</param>
    /// <exception cref="ArgumentException">When the title or organisation is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public PositionHeld(string title, PositionCategory category, string organization, OrganizationLevel level, LocalDate? from = null, LocalDate? to = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(to), t, $"A position cannot end ({Labels.Of(t)}) before it starts ({Labels.Of(f)}).");
        }

        Title = title.Trim();
        Category = category;
        Organization = organization.Trim();
        Level = level;
        From = from;
        To = to;
    }

    /// <summary>The title as written.</summary>
    public string Title { get; }

    /// <summary>The category the audience rules look at.</summary>
    public PositionCategory Category { get; }

    /// <summary>The organisation.</summary>
    public string Organization { get; }

    /// <summary>The organisation's tier.</summary>
    public OrganizationLevel Level { get; }

    /// <summary>First day held, if known.</summary>
    public LocalDate? From { get; }

    /// <summary>Last day held (inclusive); <c>null</c> while still held.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether the position is held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies between <see cref="From"/> and <see cref="To"/>, open ends included.</returns>
    public bool IsHeldOn(LocalDate date) => (From is null || From <= date) && (To is null || date <= To);
}
