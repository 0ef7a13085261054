namespace TrainingDomain.Organization;

/// <summary>What a unit was called on a date: its proper name and its kind.</summary>
/// <param name="Name">The proper name without prefix, e.g. "Chí Linh".</param>
/// <param name="Kind">The kind of unit on that date.</param>
/// <example>
/// <code>
/// new UnitName("Chí Linh", UnitKind.Town).DisplayName // "thị xã Chí Linh"
/// </code>
/// </example>
public readonly record struct UnitName(string Name, UnitKind Kind)
{
    /// <summary>The name as written in Vietnamese text: prefix then name, e.g. "huyện Kim Thành".</summary>
    public string DisplayName => $"{Kind.Prefix()} {Name}";

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
