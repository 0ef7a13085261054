using System.Globalization;
using NodaTime;
using TrainingDomain.Organization;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// A synthetic registry for the <c>scale</c> scenario, built through the library's constructors: N provinces (ids
/// "P01@2019-01-01", names of real provinces, numbered past the list) each with M districts (plausible Vietnamese
/// two-syllable names, unique within the province) and one district centre per district ("TTCT-P01D001").
/// </summary>
internal static class ScaleRegistry
{
    private static readonly string[] ProvinceNames =
    [
        "Thái Bình", "Nam Định", "Hưng Yên", "Bắc Ninh", "Hà Nam", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
        "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Thái Nguyên", "Tuyên Quang", "Yên Bái", "Lào Cai", "Lạng Sơn", "Cao Bằng", "Hòa Bình",
    ];

    private static readonly string[] First = ["Đông", "Kiến", "Vũ", "Quỳnh", "Hưng", "Tiền", "Yên", "Phú", "Hải", "Gia", "Thanh", "Kim", "Cẩm", "Bình", "Ninh", "Tứ", "Nghĩa", "Xuân", "Thạch", "Lục"];

    private static readonly string[] Second = ["Hưng", "Xương", "Thư", "Phụ", "Hà", "Thụy", "Lộc", "Giang", "Sơn", "Thành", "Lạc", "Mỹ", "Hòa", "An", "Định", "Ngạn"];

    public static LocalDate Start => new(ScaleOptions.FirstYear, 1, 1);

    public static string ProvinceId(int province) => string.Create(CultureInfo.InvariantCulture, $"P{province:00}@{Start:yyyy-MM-dd}");

    public static string GsoOf(int province, int district) => string.Create(CultureInfo.InvariantCulture, $"P{province:00}D{district:000}");

    public static string DistrictName(int district)
    {
        // 20 × 16 distinct pairs; the second syllable shifts with each round of the first, so neighbours differ.
        var first = First[district % First.Length];
        var second = Second[((district / First.Length) + district) % Second.Length];
        return first == second ? $"{first} {Second[(district + 7) % Second.Length]}" : $"{first} {second}";
    }

    public static OrganizationRegistry Create(int provinces, int districtsPerProvince)
    {
        var units = new List<AdministrativeUnit>();
        var centers = new List<TrainingCenter>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 1; p <= provinces; p++)
        {
            var provinceName = p <= ProvinceNames.Length ? ProvinceNames[p - 1] : $"{ProvinceNames[(p - 1) % ProvinceNames.Length]} {((p - 1) / ProvinceNames.Length) + 1}";
            var province = new AdministrativeUnit(ProvinceId(p), string.Create(CultureInfo.InvariantCulture, $"P{p:00}"), provinceName, UnitKind.Province, Start, null, null);
            units.Add(province);
            names.Clear();
            for (var d = 1; d <= districtsPerProvince; d++)
            {
                var name = DistrictName(d - 1);
                if (!names.Add(name))
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"{name} {d}");
                    names.Add(name);
                }

                var gso = GsoOf(p, d);
                var unit = new AdministrativeUnit($"{gso}@{Start:yyyy-MM-dd}", gso, name, UnitKind.District, Start, null, province.Id);
                units.Add(unit);
                centers.Add(new TrainingCenter($"TTCT-{gso}", $"Trung tâm Chính trị {unit.DisplayName}", $"Huyện ủy {name}", Start, null, [new CenterServiceArea(unit.Id, Start, null)]));
            }
        }

        return new OrganizationRegistry(units, [], centers);
    }
}
