namespace TrainingDomain.Organization;

/// <summary>
/// The kind of an administrative unit (loại đơn vị hành chính). The kind belongs to one incarnation of a unit: when
/// thị xã Chí Linh became thành phố Chí Linh the registry records two incarnations linked by an upgrade.
/// </summary>
public enum UnitKind
{
    /// <summary>Tỉnh (province).</summary>
    Province,

    /// <summary>Thành phố trực thuộc Trung ương (centrally-run city, province level), e.g. Hải Phòng.</summary>
    CentralCity,

    /// <summary>Thành phố thuộc tỉnh (provincial city, district level), e.g. thành phố Hải Dương.</summary>
    ProvincialCity,

    /// <summary>Thị xã (town, district level), e.g. thị xã Kinh Môn.</summary>
    Town,

    /// <summary>Huyện (rural district), e.g. huyện Kim Thành.</summary>
    District,

    /// <summary>Xã (commune).</summary>
    Commune,

    /// <summary>Phường (urban ward).</summary>
    Ward,

    /// <summary>Thị trấn (township, commune level; the kind ended with the district tier on 01/07/2025).</summary>
    Township,
}
