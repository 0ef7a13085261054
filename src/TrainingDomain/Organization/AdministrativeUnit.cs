namespace TrainingDomain.Organization;

/// <summary>
/// One incarnation of an administrative unit (đơn vị hành chính): a name, a kind and a parent that held together over
/// an inclusive range of dates. A rename, an upgrade, a merge or a split ends one incarnation and starts another; the
/// <see cref="UnitChange"/> that did it links them.
/// </summary>
/// <example>
/// <code>
/// var kimThanh = new AdministrativeUnit("293-20180101", "293", "Kim Thành", UnitKind.District,
///     new LocalDate(2018, 1, 1), new LocalDate(2025, 6, 30), parentId: "30-20180101");
/// kimThanh.DisplayName;                          // "huyện Kim Thành"
/// kimThanh.IsValidOn(new LocalDate(2025, 6, 30)); // true: the last valid day is inclusive
/// kimThanh.IsValidOn(new LocalDate(2025, 7, 1));  // false
/// </code>
/// </example>
public sealed record AdministrativeUnit
{
    /// <summary>Creates an incarnation of a unit.</summary>
    /// <param name="id">The id of this incarnation, unique in a registry.</param>
    /// <param name="gsoCode">The statistics office code (mã đơn vị hành chính), e.g. "293"; incarnations of one unit may share it.</param>
    /// <param name="name">The proper name without the kind's prefix, e.g. "Kim Thành".</param>
    /// <param name="kind">The kind of unit during this incarnation.</param>
    /// <param name="validFrom">The first day of the incarnation, inclusive.</param>
    /// <param name="validTo">The last day of the incarnation, inclusive; <c>null</c> while it is still valid.</param>
    /// <param name="parentId">The id of the parent incarnation; <c>null</c> for a province-level unit and required otherwise.</param>
    /// <exception cref="ArgumentException">When the id, the code or the name is blank, or the parent does not fit the tier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is undefined or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public AdministrativeUnit(
        string id,
        string gsoCode,
        string name,
        UnitKind kind,
        LocalDate validFrom,
        LocalDate? validTo,
        string? parentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(gsoCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind.");
        }

        ValidityRange.CheckOrder(validFrom, validTo, nameof(validTo));
        if (kind.Tier() == UnitTier.Province && parentId is not null)
        {
            throw new ArgumentException($"Unit '{id}' is province-level ({kind}) and so has no parent; got '{parentId}'.", nameof(parentId));
        }

        if (kind.Tier() != UnitTier.Province && string.IsNullOrWhiteSpace(parentId))
        {
            throw new ArgumentException($"Unit '{id}' is {kind.Tier()}-level and needs the id of its parent unit.", nameof(parentId));
        }

        Id = id;
        GsoCode = gsoCode;
        Name = name;
        Kind = kind;
        ValidFrom = validFrom;
        ValidTo = validTo;
        ParentId = parentId;
    }

    // For EF Core: it sets the properties through their backing fields.
    private AdministrativeUnit()
    {
        Id = string.Empty;
        GsoCode = string.Empty;
        Name = string.Empty;
    }

    /// <summary>The id of this incarnation.</summary>
    public string Id { get; }

    /// <summary>The statistics office (GSO) code.</summary>
    public string GsoCode { get; }

    /// <summary>The proper name without prefix, e.g. "Kim Thành".</summary>
    public string Name { get; }

    /// <summary>The kind of unit during this incarnation.</summary>
    public UnitKind Kind { get; }

    /// <summary>The first valid day, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>The last valid day, inclusive; <c>null</c> while still valid.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>The id of the parent incarnation; <c>null</c> for a province-level unit.</summary>
    public string? ParentId { get; }

    /// <summary>The tier of the unit.</summary>
    public UnitTier Tier => Kind.Tier();

    /// <summary>The name and kind together.</summary>
    public UnitName UnitName => new(Name, Kind);

    /// <summary>The name as written in Vietnamese text, e.g. "huyện Kim Thành", "thị xã Chí Linh", "tỉnh Hải Dương".</summary>
    public string DisplayName => UnitName.DisplayName;

    /// <summary>Whether this incarnation is valid on a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="ValidFrom"/> ≤ date and (no <see cref="ValidTo"/> or date ≤ <see cref="ValidTo"/>).</returns>
    public bool IsValidOn(LocalDate date) => ValidityRange.Covers(ValidFrom, ValidTo, date);

    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} ({GsoCode}, {ValidityRange.Describe(ValidFrom, ValidTo)})";
}
