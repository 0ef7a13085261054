namespace TrainingDomain.Organization;

/// <summary>
/// Reference data for the former Hải Dương area of Hải Phòng across the 2025 reform: everything
/// <see cref="HaiDuongRegistry"/> holds (the province, its district-level units and district centres up to 30/06/2025,
/// the merger into Hải Phòng on 01/07/2025) plus a subset of the commune-level units formed on 01/07/2025 and the
/// commune-level political centres that serve them.
/// </summary>
/// <remarks>
/// <para>
/// <b>[fact]</b> (DOMAIN.md §3): on 01/07/2025 the district tier was abolished and Hải Dương merged into Hải Phòng, which
/// has 114 commune-level units (67 xã, 45 phường, 2 đặc khu); Quy định 360-QĐ/TW (09/2025) creates commune-level
/// political centres, each under a commune Party committee and serving a set of communes.
/// </para>
/// <para>
/// <b>[assumed]</b>: the real list of the former Hải Dương area's communes and wards was not verified here, so the
/// registry holds a documented subset of 24 communes and wards named after real places of the area (mostly former
/// district-level units and well-known names); their names and kinds are plausible, not checked against the 2025
/// resolution. Their GSO-like codes 90001–90024 are synthetic: real commune codes are below 33000, so these can never
/// be mistaken for, or collide with, a real code or one of the district codes 288–300. Communes formed by merging the
/// pre-2025 communes have no recorded predecessors, because the registry never held the old communes. Each commune-level
/// centre is named after its host commune ("Trung tâm Chính trị phường Hải Dương"), is governed by the host's Party
/// committee ("Đảng ủy phường Hải Dương") and is valid from <see cref="CommuneCentersStart"/> (six centres) or
/// <see cref="LaterCommuneCentersStart"/> (two centres set up later); both dates are after Quy định 360-QĐ/TW and are
/// this library's own choice. xã Tứ Kỳ is served by the Thanh Hà centre until 30/11/2025 and by the Gia Lộc centre from
/// 01/12/2025, to show an effective-dated change of service area. Between 01/07/2025 and 30/09/2025 no centre exists.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var registry = HaiPhongRegistry.Create();
/// registry.CentersOn(new LocalDate(2025, 6, 30)).Count;  // 12 district centres
/// registry.CentersOn(new LocalDate(2025, 8, 15)).Count;  // 0: no centre between the reform and the commune centres
/// registry.CentersOn(new LocalDate(2026, 1, 15)).Count;  // 8 commune-level centres
/// </code>
/// </example>
public static class HaiPhongRegistry
{
    /// <summary>The first day of the first six commune-level centres, 01/10/2025 [assumed].</summary>
    public static readonly LocalDate CommuneCentersStart = new(2025, 10, 1);

    /// <summary>The first day of the two commune-level centres set up later, 01/12/2025 [assumed].</summary>
    public static readonly LocalDate LaterCommuneCentersStart = new(2025, 12, 1);

    /// <summary>The GSO-like code of phường Hải Dương [assumed, synthetic].</summary>
    public const string HaiDuongWardGso = "90001";

    /// <summary>The GSO-like code of xã Tứ Kỳ, whose centre changes on 01/12/2025 [assumed, synthetic].</summary>
    public const string TuKyCommuneGso = "90021";

    /// <summary>The centre hosted by phường Hải Dương, from 01/10/2025 [assumed].</summary>
    public const string HaiDuongWardCenterId = "TTCT-90001";

    /// <summary>The centre hosted by xã Thanh Hà, from 01/10/2025; it serves xã Tứ Kỳ until 30/11/2025 [assumed].</summary>
    public const string ThanhHaCenterId = "TTCT-90016";

    /// <summary>The centre hosted by xã Gia Lộc, from 01/12/2025; it serves xã Tứ Kỳ from then on [assumed].</summary>
    public const string GiaLocCenterId = "TTCT-90019";

    /// <summary>The centre hosted by xã Ninh Giang, from 01/12/2025 [assumed].</summary>
    public const string NinhGiangCenterId = "TTCT-90022";

    // The communes and wards, by the centre serving them; the first of each group hosts the centre [assumed].
    // Code, name, kind, the district-level unit whose area it mostly lies in (documentation only).
    private static readonly (string Gso, string Name, UnitKind Kind, string FormerDistrict)[][] Groups =
    [
        [("90001", "Hải Dương", UnitKind.Ward, "288"), ("90002", "Lê Thanh Nghị", UnitKind.Ward, "288"), ("90003", "Việt Hòa", UnitKind.Ward, "288")],
        [("90004", "Thành Đông", UnitKind.Ward, "288"), ("90005", "Nam Đồng", UnitKind.Ward, "288"), ("90006", "Tân Hưng", UnitKind.Ward, "288")],
        [("90007", "Chí Linh", UnitKind.Ward, "290"), ("90008", "Chu Văn An", UnitKind.Ward, "290"), ("90009", "Nguyễn Trãi", UnitKind.Ward, "290")],
        [("90010", "Kinh Môn", UnitKind.Ward, "292"), ("90011", "Nhị Chiểu", UnitKind.Ward, "292"), ("90012", "Phạm Sư Mạnh", UnitKind.Ward, "292")],
        [("90013", "Nam Sách", UnitKind.Commune, "291"), ("90014", "Thái Tân", UnitKind.Commune, "291"), ("90015", "Hợp Tiến", UnitKind.Commune, "291")],
        [("90016", "Thanh Hà", UnitKind.Commune, "294"), ("90017", "Hà Tây", UnitKind.Commune, "294"), ("90018", "Hà Bắc", UnitKind.Commune, "294")],
        [("90019", "Gia Lộc", UnitKind.Commune, "297"), ("90020", "Yết Kiêu", UnitKind.Commune, "297"), ("90021", "Tứ Kỳ", UnitKind.Commune, "298")],
        [("90022", "Ninh Giang", UnitKind.Commune, "299"), ("90023", "Vĩnh Lại", UnitKind.Commune, "299"), ("90024", "Thanh Miện", UnitKind.Commune, "300")],
    ];

    /// <summary>The id this reference data gives the incarnation of a commune or ward from 01/07/2025, e.g. "90001@2025-07-01".</summary>
    /// <param name="gsoCode">The commune's GSO-like code.</param>
    /// <returns>The unit id.</returns>
    public static string CommuneIdOf(string gsoCode) => $"{gsoCode}@2025-07-01";

    /// <summary>The GSO code of the district-level unit whose area a modelled commune mostly lies in [assumed].</summary>
    /// <param name="gsoCode">The commune's GSO-like code.</param>
    /// <returns>The former district's GSO code, e.g. "288" for phường Hải Dương.</returns>
    /// <exception cref="ArgumentException">When the code is not one of the modelled communes.</exception>
    public static string FormerDistrictOf(string gsoCode) =>
        Groups.SelectMany(g => g).Where(c => c.Gso == gsoCode).Select(c => c.FormerDistrict).FirstOrDefault()
        ?? throw new ArgumentException($"'{gsoCode}' is not one of the modelled communes.", nameof(gsoCode));

    /// <summary>Builds a fresh registry: the Hải Dương data plus the communes and commune-level centres.</summary>
    /// <returns>
    /// A registry with the 17 unit incarnations, 15 changes and 12 district centres of <see cref="HaiDuongRegistry.Create"/>,
    /// plus 24 communes and wards under the new Hải Phòng and 8 commune-level centres.
    /// </returns>
    public static OrganizationRegistry Create()
    {
        var baseline = HaiDuongRegistry.Create();
        var units = baseline.Units.ToList();
        var centers = baseline.Centers.ToList();
        for (var g = 0; g < Groups.Length; g++)
        {
            var group = Groups[g];
            foreach (var (gso, name, kind, _) in group)
            {
                units.Add(new AdministrativeUnit(CommuneIdOf(gso), gso, name, kind, HaiDuongRegistry.MergerDate, null, HaiDuongRegistry.HaiPhongAfterMergerId));
            }

            var host = group[0];
            var start = g >= 6 ? LaterCommuneCentersStart : CommuneCentersStart;
            var served = group.Where(c => c.Gso != TuKyCommuneGso).Select(c => new CenterServiceArea(CommuneIdOf(c.Gso), start, null)).ToList();
            if (host.Gso == "90016")
            {
                served.Add(new CenterServiceArea(CommuneIdOf(TuKyCommuneGso), start, LaterCommuneCentersStart.PlusDays(-1)));
            }
            else if (host.Gso == "90019")
            {
                served.Add(new CenterServiceArea(CommuneIdOf(TuKyCommuneGso), start, null));
            }

            var display = new UnitName(host.Name, host.Kind).DisplayName;
            centers.Add(new TrainingCenter(
                HaiDuongRegistry.CenterIdOf(host.Gso),
                $"Trung tâm Chính trị {display}",
                $"Đảng ủy {display}",
                start,
                null,
                served));
        }

        return new OrganizationRegistry(units, baseline.Changes, centers);
    }
}
