using Bogus;
using NodaTime;
using TrainingDomain.People;

namespace TrainingDomain.DataGenerator.People;

/// <summary>
/// Learner profiles for one programme's class, built through <see cref="LearnerProfile"/>'s constructor and the
/// <see cref="PartyStanding"/> and <see cref="PositionHeld"/> factories, so every guard runs. The default rule set gives a
/// learner of the programme's target audience (every fact its rules need is recorded, so the verdict is Eligible);
/// <see cref="WrongAudience"/> gives a plausible nominee the programme's rules refuse (chiêu sinh không đúng đối tượng).
/// Ages, Party dates, education and positions are drawn to agree with each other and with the class start.
/// </summary>
internal sealed class LearnerProfileFaker : Faker<LearnerProfile>
{
    /// <summary>The rule set of nominees outside the programme's target audience.</summary>
    public const string WrongAudience = "wrongAudience";

    private static readonly EducationLevel[] SchoolLeavers = [EducationLevel.LowerSecondary, EducationLevel.UpperSecondary, EducationLevel.Vocational, EducationLevel.College, EducationLevel.University];
    private static readonly float[] SchoolLeaverWeights = [20f, 45f, 12f, 9f, 14f];
    private static readonly EducationLevel[] Cadres = [EducationLevel.UpperSecondary, EducationLevel.Vocational, EducationLevel.College, EducationLevel.University, EducationLevel.Master];
    private static readonly float[] CadreWeights = [18f, 14f, 14f, 50f, 4f];

    private string _programCode = "NTD";
    private LocalDate _classStart = new(2018, 1, 8);
    private string _districtName = "huyện Nam Sách";
    private string? _nominatedBy;

    public LearnerProfileFaker(int seed)
    {
        UseSeed(seed);
        CustomInstantiator(f => Build(f.Random, eligible: true));
        RuleSet(WrongAudience, set => set.CustomInstantiator(f => Build(f.Random, eligible: false)));
    }

    /// <summary>Points the faker at a class: its programme, first day and district, and the organisation that nominates.</summary>
    public LearnerProfileFaker For(string programCode, LocalDate classStart, string districtName, string nominatedBy)
    {
        _programCode = programCode;
        _classStart = classStart;
        _districtName = districtName;
        _nominatedBy = nominatedBy;
        return this;
    }

    private LearnerProfile Build(Randomizer r, bool eligible)
    {
        var (youngest, oldest) = AgesOf(_programCode);
        var person = PersonParts.Draw(r, _classStart.PlusYears(-oldest - 1).PlusDays(1), _classStart.PlusYears(-youngest));
        var place = Locality.Draw(r, _districtName);
        var adult = person.BirthDate.PlusYears(18);
        var profile = new LearnerProfile(person.FullName)
        {
            BirthDate = person.BirthDate,
            Sex = person.Sex,
            Ethnicity = person.Ethnicity,
            CitizenId = person.CitizenId,
            LivesInSpecialArea = false,
            PoliticalTheory = PoliticalTheoryLevel.None,
        };
        return (_programCode, eligible) switch
        {
            ("NTD", true) => profile with
            {
                Party = PartyStanding.OutstandingNonMember(_nominatedBy ?? $"Chi bộ {place.VillageName}"),
                Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights),
                Positions = r.Bool(0.5f) ? [Youth(place, adult)] : [],
            },
            ("NTD", false) => profile with { Party = FullMember(r, adult), Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights) },
            ("DVM", true) => profile with
            {
                Party = PartyStanding.Probationary(_classStart.PlusDays(-r.Int(20, 330))),
                Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights),
            },
            ("DVM", false) => profile with { Party = FullMember(r, adult), Education = r.WeightedPick(Cadres, CadreWeights) },
            ("SC", _) => profile with
            {
                Party = FullMember(r, adult),
                Education = r.WeightedPick(Cadres, CadreWeights),
                PoliticalTheory = eligible ? PoliticalTheoryLevel.None : PoliticalTheoryLevel.Intermediate,
                Positions = [CommunePost(r, place, adult)],
            },
            ("NVCTD", true) => profile with
            {
                Party = FullMember(r, adult),
                Education = r.WeightedPick(Cadres, CadreWeights),
                PoliticalTheory = PoliticalTheoryLevel.Elementary,
                Positions = [PartyPost(r, place, adult)],
            },
            ("NVCTD", false) => profile with { Party = FullMember(r, adult), Education = r.WeightedPick(Cadres, CadreWeights) },
            ("CNKT", true) => profile with
            {
                Party = r.Bool(0.85f) ? FullMember(r, adult) : PartyStanding.NonMember(),
                Education = r.WeightedPick(Cadres, CadreWeights),
                PoliticalTheory = r.Bool() ? PoliticalTheoryLevel.Elementary : PoliticalTheoryLevel.Intermediate,
                Positions = [CommunePost(r, place, adult)],
            },
            ("CNKT", false) => profile with
            {
                Party = FullMember(r, adult),
                Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights),
                Positions = [new PositionHeld($"Trưởng {place.VillageName}", PositionCategory.VillageWorker, $"{place.VillageName}, {place.Commune}", OrganizationLevel.Village, Since(r, adult))],
            },
            ("NQ", true) => profile with
            {
                Party = FullMember(r, adult),
                Education = r.WeightedPick(Cadres, CadreWeights),
                PoliticalTheory = r.WeightedPick([PoliticalTheoryLevel.None, PoliticalTheoryLevel.Elementary, PoliticalTheoryLevel.Intermediate], [40f, 40f, 20f]),
            },
            ("NQ", false) => profile with { Party = PartyStanding.NonMember(), Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights) },
            ("CTDT", true) => profile with
            {
                Party = r.Bool(0.7f) ? FullMember(r, adult) : PartyStanding.NonMember(),
                Education = r.WeightedPick(Cadres, CadreWeights),
                Positions = [MassOrganizationPost(r, place, adult, cadre: true)],
            },
            ("CTDT", false) => profile with
            {
                Party = PartyStanding.NonMember(),
                Education = r.WeightedPick(SchoolLeavers, SchoolLeaverWeights),
                Positions = [MassOrganizationPost(r, place, adult, cadre: false)],
            },
            ("TC", _) => profile with
            {
                Party = FullMember(r, adult),
                Education = eligible ? r.WeightedPick([EducationLevel.College, EducationLevel.University, EducationLevel.Master], [15f, 80f, 5f]) : EducationLevel.UpperSecondary,
                PoliticalTheory = PoliticalTheoryLevel.Elementary,
                Positions = [CommunePost(r, place, adult)],
            },
            _ => throw new InvalidOperationException($"The learner faker has no profile for programme '{_programCode}'."),
        };
    }

    // Ages at the class start [assumed]: youth for NTD, young members for DVM, cadres of working age for the rest.
    internal static (int Youngest, int Oldest) AgesOf(string programCode) => programCode switch
    {
        "NTD" => (18, 40),
        "DVM" => (19, 45),
        "SC" => (24, 52),
        "NVCTD" => (30, 60),
        "CNKT" => (27, 58),
        "NQ" => (25, 62),
        "CTDT" => (23, 55),
        "TC" => (27, 45),
        _ => (18, 60),
    };

    // A full member admitted at 18 or later, at least 13 months before the class, recognised 12 months after admission.
    private PartyStanding FullMember(Randomizer r, LocalDate adult)
    {
        var latest = _classStart.PlusMonths(-13);
        var admitted = adult >= latest ? latest : adult.PlusDays(r.Int(0, Period.DaysBetween(adult, latest)));
        return PartyStanding.Full(admitted, admitted.PlusMonths(12));
    }

    private LocalDate Since(Randomizer r, LocalDate adult)
    {
        var earliest = adult.PlusYears(2) < _classStart.PlusYears(-15) ? _classStart.PlusYears(-15) : adult.PlusYears(2);
        return earliest >= _classStart ? _classStart.PlusMonths(-6) : earliest.PlusDays(r.Int(0, Period.DaysBetween(earliest, _classStart.PlusDays(-30))));
    }

    private PositionHeld Youth(Locality place, LocalDate adult) =>
        new("Đoàn viên", PositionCategory.MassOrganizationMember, $"Đoàn Thanh niên {place.Commune}", OrganizationLevel.Commune, adult);

    private PositionHeld CommunePost(Randomizer r, Locality place, LocalDate adult)
    {
        var (title, category, organization) = r.ArrayElement(
        [
            ("Chủ tịch Ủy ban nhân dân", PositionCategory.CommuneCadre, $"UBND {place.Commune}"),
            ("Phó Chủ tịch Ủy ban nhân dân", PositionCategory.CommuneCadre, $"UBND {place.Commune}"),
            ("Công chức Văn phòng – Thống kê", PositionCategory.CommuneCivilServant, $"UBND {place.Commune}"),
            ("Công chức Địa chính – Xây dựng", PositionCategory.CommuneCivilServant, $"UBND {place.Commune}"),
            ("Công chức Tư pháp – Hộ tịch", PositionCategory.CommuneCivilServant, $"UBND {place.Commune}"),
            ("Công chức Văn hóa – Xã hội", PositionCategory.CommuneCivilServant, $"UBND {place.Commune}"),
            ("Chủ tịch Hội Nông dân", PositionCategory.MassOrganizationCadre, $"Hội Nông dân {place.Commune}"),
            ("Chủ tịch Hội Liên hiệp Phụ nữ", PositionCategory.MassOrganizationCadre, $"Hội Liên hiệp Phụ nữ {place.Commune}"),
            ("Bí thư Đoàn Thanh niên", PositionCategory.MassOrganizationCadre, $"Đoàn Thanh niên {place.Commune}"),
            ("Chủ tịch Ủy ban Mặt trận Tổ quốc", PositionCategory.MassOrganizationCadre, $"Ủy ban MTTQ {place.Commune}"),
        ]);
        return new PositionHeld(title, category, organization, OrganizationLevel.Commune, Since(r, adult));
    }

    private PositionHeld PartyPost(Randomizer r, Locality place, LocalDate adult)
    {
        var (title, category, organization) = r.ArrayElement(
        [
            ($"Bí thư Chi bộ {place.VillageName}", PositionCategory.PartyCellSecretary, $"Đảng bộ {place.Commune}"),
            ($"Phó Bí thư Chi bộ {place.VillageName}", PositionCategory.PartyCellDeputySecretary, $"Đảng bộ {place.Commune}"),
            ("Đảng ủy viên", PositionCategory.GrassrootsPartyCommitteeMember, $"Đảng ủy {place.Commune}"),
        ]);
        return new PositionHeld(title, category, organization, OrganizationLevel.Commune, Since(r, adult));
    }

    private PositionHeld MassOrganizationPost(Randomizer r, Locality place, LocalDate adult, bool cadre)
    {
        var organization = r.ArrayElement(["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Công đoàn"]);
        return cadre
            ? new PositionHeld($"Phó Chủ tịch {organization}", PositionCategory.MassOrganizationCadre, $"{organization} {place.Commune}", OrganizationLevel.Commune, Since(r, adult))
            : new PositionHeld("Hội viên", PositionCategory.MassOrganizationMember, $"{organization} {place.Commune}", OrganizationLevel.Commune, Since(r, adult));
    }
}
