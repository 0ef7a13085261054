using System.Globalization;

namespace TrainingDomain.Organization;

/// <summary>
/// Reference data for Hải Dương, shipped with the library: the province, its 12 district-level units, their district
/// training centres, and the 2025 merger into Hải Phòng.
/// </summary>
/// <remarks>
/// <para>
/// <b>[fact]</b> (DOMAIN.md §3): the 12 district-level units of 2018 and their GSO codes (288 thành phố Hải Dương,
/// 290 thị xã Chí Linh, 291 Nam Sách, 292 Kinh Môn, 293 Kim Thành, 294 Thanh Hà, 295 Cẩm Giàng, 296 Bình Giang,
/// 297 Gia Lộc, 298 Tứ Kỳ, 299 Ninh Giang, 300 Thanh Miện); Chí Linh became a city on 01/03/2019 and Kinh Môn a town on
/// 01/11/2019; the district tier was abolished on 01/07/2025 (last valid day 30/06/2025); Hải Dương (GSO 30) merged into
/// Hải Phòng (GSO 31) on 01/07/2025; every district had a training centre in 2018.
/// </para>
/// <para>
/// <b>[derived]</b>: district centres ended with the district tier, so each centre's last day is 30/06/2025; the old
/// and the new Hải Phòng keep GSO code 31.
/// </para>
/// <para>
/// <b>[assumed]</b>: records start on <see cref="RecordsStart"/> (01/01/2018): earlier history (the units' and centres'
/// real founding dates, earlier renames) is not recorded, so every unit and centre here is valid from that date unless
/// it was created later. Centre ids and unit ids are this library's own. Centre names use the post-2019 form
/// "Trung tâm Chính trị …" (Quy định 208-QĐ/TW) for the whole period, although before the renaming they were called
/// "Trung tâm Bồi dưỡng chính trị"; names and governing committees are those at creation, so Chí Linh's centre stays
/// "Trung tâm Chính trị thị xã Chí Linh" under "Thị ủy Chí Linh" and Kinh Môn's stays a "huyện" centre under "Huyện ủy".
/// The communes and the post-2025 commune-level centres are not included; <see cref="HaiPhongRegistry"/> adds them.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var registry = HaiDuongRegistry.Create();
/// registry.NameOn(HaiDuongRegistry.KinhMonDistrictId, new LocalDate(2019, 11, 1))!.Value.DisplayName; // "thị xã Kinh Môn"
/// </code>
/// </example>
public static class HaiDuongRegistry
{
    /// <summary>The first day the reference data records [assumed]; nothing earlier is known to the registry.</summary>
    public static readonly LocalDate RecordsStart = new(2018, 1, 1);

    /// <summary>The last valid day of every district-level unit and district centre, 30/06/2025 [fact].</summary>
    public static readonly LocalDate DistrictTierLastDay = new(2025, 6, 30);

    /// <summary>The day Hải Dương merged into Hải Phòng and the district tier ended, 01/07/2025 [fact].</summary>
    public static readonly LocalDate MergerDate = new(2025, 7, 1);

    /// <summary>The day thị xã Chí Linh became thành phố Chí Linh, 01/03/2019 [fact].</summary>
    public static readonly LocalDate ChiLinhCityDate = new(2019, 3, 1);

    /// <summary>The day huyện Kinh Môn became thị xã Kinh Môn, 01/11/2019 [fact].</summary>
    public static readonly LocalDate KinhMonTownDate = new(2019, 11, 1);

    /// <summary>Tỉnh Hải Dương (GSO 30), 01/01/2018–30/06/2025.</summary>
    public const string HaiDuongProvinceId = "30@2018-01-01";

    /// <summary>Thành phố Hải Phòng (GSO 31) before the merger, 01/01/2018–30/06/2025.</summary>
    public const string HaiPhongBeforeMergerId = "31@2018-01-01";

    /// <summary>Thành phố Hải Phòng (GSO 31) after the merger, from 01/07/2025.</summary>
    public const string HaiPhongAfterMergerId = "31@2025-07-01";

    /// <summary>Thị xã Chí Linh (GSO 290), 01/01/2018–28/02/2019.</summary>
    public const string ChiLinhTownId = "290@2018-01-01";

    /// <summary>Thành phố Chí Linh (GSO 290), 01/03/2019–30/06/2025.</summary>
    public const string ChiLinhCityId = "290@2019-03-01";

    /// <summary>Huyện Kinh Môn (GSO 292), 01/01/2018–31/10/2019.</summary>
    public const string KinhMonDistrictId = "292@2018-01-01";

    /// <summary>Thị xã Kinh Môn (GSO 292), 01/11/2019–30/06/2025.</summary>
    public const string KinhMonTownId = "292@2019-11-01";

    /// <summary>Huyện Kim Thành (GSO 293), 01/01/2018–30/06/2025.</summary>
    public const string KimThanhId = "293@2018-01-01";

    /// <summary>The id of Kim Thành's district centre.</summary>
    public const string KimThanhCenterId = "TTCT-293";

    // The 2018 district-level units: GSO code, name, kind on 01/01/2018 [fact].
    private static readonly (string Gso, string Name, UnitKind Kind)[] Districts2018 =
    [
        ("288", "Hải Dương", UnitKind.ProvincialCity),
        ("290", "Chí Linh", UnitKind.Town),
        ("291", "Nam Sách", UnitKind.District),
        ("292", "Kinh Môn", UnitKind.District),
        ("293", "Kim Thành", UnitKind.District),
        ("294", "Thanh Hà", UnitKind.District),
        ("295", "Cẩm Giàng", UnitKind.District),
        ("296", "Bình Giang", UnitKind.District),
        ("297", "Gia Lộc", UnitKind.District),
        ("298", "Tứ Kỳ", UnitKind.District),
        ("299", "Ninh Giang", UnitKind.District),
        ("300", "Thanh Miện", UnitKind.District),
    ];

    /// <summary>Builds a fresh registry holding the Hải Dương reference data.</summary>
    /// <returns>
    /// A registry with 17 unit incarnations (Hải Dương, the old and the new Hải Phòng, 12 district-level units of 2018
    /// plus the later incarnations of Chí Linh and Kinh Môn), 15 changes (2 upgrades, 1 merge, 12 abolitions of the
    /// district-level units) and 12 district centres.
    /// </returns>
    public static OrganizationRegistry Create()
    {
        var units = new List<AdministrativeUnit>
        {
            new(HaiDuongProvinceId, "30", "Hải Dương", UnitKind.Province, RecordsStart, DistrictTierLastDay, null),
            new(HaiPhongBeforeMergerId, "31", "Hải Phòng", UnitKind.CentralCity, RecordsStart, DistrictTierLastDay, null),
            new(HaiPhongAfterMergerId, "31", "Hải Phòng", UnitKind.CentralCity, MergerDate, null, null),
        };
        var changes = new List<UnitChange>
        {
            new(UnitChangeKind.Merge, MergerDate, [HaiDuongProvinceId, HaiPhongBeforeMergerId], [HaiPhongAfterMergerId]),
        };
        var centers = new List<TrainingCenter>();

        foreach (var (gso, name, kind) in Districts2018)
        {
            (UnitKind laterKind, LocalDate? laterFrom) = gso switch
            {
                "290" => (UnitKind.ProvincialCity, ChiLinhCityDate),
                "292" => (UnitKind.Town, KinhMonTownDate),
                _ => (kind, (LocalDate?)null),
            };

            var first = new AdministrativeUnit(
                IdOf(gso, RecordsStart), gso, name, kind, RecordsStart, laterFrom?.PlusDays(-1) ?? DistrictTierLastDay, HaiDuongProvinceId);
            units.Add(first);
            var served = new List<CenterServiceArea> { new(first.Id, first.ValidFrom, first.ValidTo) };
            var last = first;
            if (laterFrom is { } upgradeDate)
            {
                last = new AdministrativeUnit(IdOf(gso, upgradeDate), gso, name, laterKind, upgradeDate, DistrictTierLastDay, HaiDuongProvinceId);
                units.Add(last);
                changes.Add(new UnitChange(UnitChangeKind.Upgrade, upgradeDate, [first.Id], [last.Id]));
                served.Add(new CenterServiceArea(last.Id, last.ValidFrom, last.ValidTo));
            }

            changes.Add(new UnitChange(UnitChangeKind.Abolish, MergerDate, [last.Id], []));
            centers.Add(new TrainingCenter(
                CenterIdOf(gso),
                $"Trung tâm Chính trị {first.DisplayName}",
                $"{CommitteeOf(kind)} {name}",
                RecordsStart,
                DistrictTierLastDay,
                served));
        }

        return new OrganizationRegistry(units, changes, centers);
    }

    /// <summary>The id this reference data gives the district centre of a district-level unit, e.g. "TTCT-293".</summary>
    /// <param name="gsoCode">The unit's GSO code.</param>
    /// <returns>The centre id.</returns>
    public static string CenterIdOf(string gsoCode) => $"TTCT-{gsoCode}";

    private static string IdOf(string gso, LocalDate from) =>
        string.Create(CultureInfo.InvariantCulture, $"{gso}@{from:yyyy-MM-dd}");

    // The party committee of a district-level unit is named after its kind: huyện → Huyện ủy, thị xã → Thị ủy,
    // thành phố → Thành ủy.
    private static string CommitteeOf(UnitKind kind) => kind switch
    {
        UnitKind.District => "Huyện ủy",
        UnitKind.Town => "Thị ủy",
        _ => "Thành ủy",
    };
}
