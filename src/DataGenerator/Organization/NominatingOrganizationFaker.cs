using Bogus;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.People;

namespace TrainingDomain.DataGenerator.Organization;

/// <summary>
/// The organisations of a district that send nomination lists (đơn vị cử): commune Party committees, the district's
/// mass organisations and agencies, built through <see cref="NominatingOrganization"/>'s constructor. The default rule set
/// gives a commune Party committee; <see cref="DistrictBody"/> one of the district's mass organisations or agencies, in a
/// fixed order so that each appears once.
/// </summary>
internal sealed class NominatingOrganizationFaker : Faker<NominatingOrganization>
{
    public const string DistrictBody = "districtBody";

    private static readonly (NominatingOrganizationKind Kind, string Name)[] DistrictBodies =
    [
        (NominatingOrganizationKind.Agency, "Ban Tổ chức {0}"),
        (NominatingOrganizationKind.Agency, "Ủy ban nhân dân {1}"),
        (NominatingOrganizationKind.MassOrganization, "Ủy ban Mặt trận Tổ quốc {1}"),
        (NominatingOrganizationKind.MassOrganization, "Huyện đoàn {2}"),
        (NominatingOrganizationKind.MassOrganization, "Hội Liên hiệp Phụ nữ {1}"),
        (NominatingOrganizationKind.MassOrganization, "Hội Nông dân {1}"),
        (NominatingOrganizationKind.MassOrganization, "Hội Cựu chiến binh {1}"),
        (NominatingOrganizationKind.MassOrganization, "Liên đoàn Lao động {1}"),
    ];

    private string _gsoCode = "291";
    private string _committee = "Huyện ủy Nam Sách";
    private string _districtName = "huyện Nam Sách";
    private string _shortName = "Nam Sách";
    private int _next;
    private int _nextBody;
    private readonly HashSet<string> _communes = new(StringComparer.Ordinal);

    public NominatingOrganizationFaker(int seed)
    {
        UseSeed(seed);
        CustomInstantiator(f => Commune(f.Random));
        RuleSet(DistrictBody, set => set.CustomInstantiator(_ => Body()));
    }

    public NominatingOrganizationFaker For(string gsoCode, string committee, string districtName, string shortName)
    {
        (_gsoCode, _committee, _districtName, _shortName) = (gsoCode, committee, districtName, shortName);
        _next = 0;
        _nextBody = 0;
        _communes.Clear();
        return this;
    }

    private string NextId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DV-{_gsoCode}-{++_next:00}");

    private NominatingOrganization Commune(Randomizer r)
    {
        var available = VietnameseNames.CommuneNames.Where(c => !_communes.Contains(c)).ToArray();
        var commune = available.Length > 0 ? r.ArrayElement(available) : r.ArrayElement(VietnameseNames.CommuneNames);
        _communes.Add(commune);
        return new NominatingOrganization(NextId(), NominatingOrganizationKind.CommunePartyCommittee, $"Đảng ủy xã {commune}");
    }

    private NominatingOrganization Body()
    {
        var (kind, template) = DistrictBodies[_nextBody++ % DistrictBodies.Length];
        var district = _districtName.StartsWith("huyện", StringComparison.Ordinal) ? "Huyện đoàn" : _districtName.StartsWith("thị xã", StringComparison.Ordinal) ? "Thị đoàn" : "Thành đoàn";
        var name = template.StartsWith("Huyện đoàn", StringComparison.Ordinal)
            ? $"{district} {_shortName}"
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _committee, _districtName, _shortName);
        return new NominatingOrganization(NextId(), kind, name);
    }
}
