namespace TrainingDomain.Organization;

/// <summary>
/// A political training centre (Trung tâm chính trị) over the range of dates it existed, with the party committee that
/// governs it and the units it serves. A centre that did not exist on a date is never reported for that date.
/// </summary>
/// <remarks>
/// A centre is organisation data, validated as a whole when an <see cref="OrganizationRegistry"/> is built: the registry
/// checks that every served unit exists over the whole service range. Staff and duties live in
/// <see cref="CenterStaffing"/>.
/// </remarks>
public sealed class TrainingCenter
{
    // A list rather than an array so that EF Core can fill it when it loads a centre.
    private readonly List<CenterServiceArea> _serviceAreas;

    /// <summary>Creates a centre.</summary>
    /// <param name="id">The centre's id, unique in a registry.</param>
    /// <param name="name">The centre's name, e.g. "Trung tâm Chính trị huyện Kim Thành".</param>
    /// <param name="governingCommittee">The party committee that governs it, e.g. "Huyện ủy Kim Thành".</param>
    /// <param name="validFrom">The first day the centre existed, inclusive.</param>
    /// <param name="validTo">The last day it existed, inclusive; <c>null</c> while it still exists.</param>
    /// <param name="serviceAreas">The units it serves and when; each must lie within the centre's own range.</param>
    /// <exception cref="ArgumentException">
    /// When the id, name or committee is blank, or the same unit is served twice over overlapping dates.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// When <paramref name="validTo"/> is before <paramref name="validFrom"/>, or a service area lies outside the centre's range.
    /// </exception>
    public TrainingCenter(
        string id,
        string name,
        string governingCommittee,
        LocalDate validFrom,
        LocalDate? validTo,
        IEnumerable<CenterServiceArea> serviceAreas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(governingCommittee);
        ArgumentNullException.ThrowIfNull(serviceAreas);
        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        CenterServiceArea[] areas = [.. serviceAreas];
        for (var i = 0; i < areas.Length; i++)
        {
            var area = areas[i] ?? throw new ArgumentException("A service area cannot be null.", nameof(serviceAreas));
            if (!ValidityRange.Contains(validFrom, validTo, area.ValidFrom, area.ValidTo))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(serviceAreas),
                    $"Centre '{id}' serves unit '{area.UnitId}' over {ValidityRange.Describe(area.ValidFrom, area.ValidTo)}, outside the centre's own range {ValidityRange.Describe(validFrom, validTo)}.");
            }

            for (var j = 0; j < i; j++)
            {
                if (areas[j].UnitId == area.UnitId && ValidityRange.Overlaps(areas[j].ValidFrom, areas[j].ValidTo, area.ValidFrom, area.ValidTo))
                {
                    throw new ArgumentException($"Centre '{id}' serves unit '{area.UnitId}' twice over overlapping dates.", nameof(serviceAreas));
                }
            }
        }

        Id = id;
        Name = name;
        GoverningCommittee = governingCommittee;
        ValidFrom = validFrom;
        ValidTo = validTo;
        _serviceAreas = [.. areas];
    }

    // For EF Core: it sets the properties through their backing fields.
    private TrainingCenter()
    {
        Id = string.Empty;
        Name = string.Empty;
        GoverningCommittee = string.Empty;
        _serviceAreas = [];
    }

    /// <summary>The centre's id.</summary>
    public string Id { get; }

    /// <summary>The centre's name.</summary>
    public string Name { get; }

    /// <summary>The party committee that governs the centre, e.g. "Huyện ủy Kim Thành".</summary>
    public string GoverningCommittee { get; }

    /// <summary>The first day the centre existed, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last day the centre existed, inclusive; <c>null</c> while it still exists.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>The units the centre serves and when.</summary>
    public IReadOnlyList<CenterServiceArea> ServiceAreas => _serviceAreas.AsReadOnly();

    /// <summary>Whether the centre existed on a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the date lies in the centre's range.</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);

    /// <summary>The ids of the units served on a date; empty when the centre did not exist then.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The unit ids, in the order the areas were given.</returns>
    public IReadOnlyList<string> UnitIdsServedOn(LocalDate date) =>
        _serviceAreas.Where(a => a.IsValidOn(date)).Select(a => a.UnitId).ToList();

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ValidityRange.Describe(ValidFrom, ValidTo)})";
}
