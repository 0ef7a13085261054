namespace TrainingDomain.Organization;

/// <summary>The tier and the Vietnamese prefix of each <see cref="UnitKind"/>.</summary>
public static class UnitKindExtensions
{
    /// <summary>The tier a kind of unit sits on.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Province, district or commune tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is not a defined value.</exception>
    public static UnitTier Tier(this UnitKind kind) => kind switch
    {
        UnitKind.Province or UnitKind.CentralCity => UnitTier.Province,
        UnitKind.ProvincialCity or UnitKind.Town or UnitKind.District => UnitTier.District,
        UnitKind.Commune or UnitKind.Ward or UnitKind.Township => UnitTier.Commune,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
    };

    /// <summary>
    /// The lower-case Vietnamese word placed before a unit's name: "tỉnh", "thành phố", "thị xã", "huyện", "xã",
    /// "phường", "thị trấn". Both kinds of city read "thành phố".
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The prefix.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the kind is not a defined value.</exception>
    public static string Prefix(this UnitKind kind) => kind switch
    {
        UnitKind.Province => "tỉnh",
        UnitKind.CentralCity or UnitKind.ProvincialCity => "thành phố",
        UnitKind.Town => "thị xã",
        UnitKind.District => "huyện",
        UnitKind.Commune => "xã",
        UnitKind.Ward => "phường",
        UnitKind.Township => "thị trấn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
    };
}
