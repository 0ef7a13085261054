using Bogus;

namespace TrainingDomain.DataGenerator.People;

/// <summary>
/// Where a generated person lives and works: the district-level unit of a centre (from the library's registry) and a
/// commune and village in it (synthetic names, see <see cref="VietnameseNames.CommuneNames"/>).
/// </summary>
internal sealed record Locality(string DistrictName, string CommuneName, string VillageName)
{
    /// <summary>"xã Cộng Hòa" or, in a city or town, "phường ...": the commune-level unit as written in titles.</summary>
    public string Commune => $"xã {CommuneName}";

    /// <summary>"thôn Đông, xã Cộng Hòa, huyện Nam Sách": an address built from our own unit data.</summary>
    public string Address => $"{VillageName}, {Commune}, {DistrictName}";

    public static Locality Draw(Randomizer random, string districtName) => new(
        districtName,
        random.ArrayElement(VietnameseNames.CommuneNames),
        $"{random.ArrayElement(VietnameseNames.VillagePrefixes)} {random.ArrayElement(VietnameseNames.VillageNames)}");
}
