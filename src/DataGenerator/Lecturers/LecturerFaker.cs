using Bogus;
using NodaTime;
using TrainingDomain.DataGenerator.People;
using TrainingDomain.Lecturers;
using TrainingDomain.People;

namespace TrainingDomain.DataGenerator.Lecturers;

/// <summary>
/// Lecturers of one centre, built through <see cref="Lecturer"/>'s constructor, <see cref="Lecturer.AddTopic"/> and
/// <see cref="RecognitionDecision.Create"/>. Rule sets: the default gives a full-time lecturer (chuyên trách: university
/// degree, advanced political theory, pedagogy certificate); <see cref="PartTime"/> a part-time one (kiêm chức: a cadre
/// of a district organ with a recognition decision valid on the reference date); <see cref="Expired"/> a part-time one
/// whose only recognition ended before the reference date (the anomaly the qualification rule catches);
/// <see cref="Invited"/> a lecturer of the provincial Political School.
/// </summary>
internal sealed class LecturerFaker : Faker<Lecturer>
{
    public const string PartTime = "partTime";
    public const string Expired = "expired";
    public const string Invited = "invited";

    // Programmes a district centre teaches; TC is hosted for the provincial school and taught by its lecturers.
    private static readonly string[] CenterPrograms = ["NTD", "DVM", "SC", "NVCTD", "CNKT", "NQ", "CTDT"];

    private readonly LocalDate _referenceDate;
    private string _centerId = "TTCT-291";
    private string _centerCode = "291";
    private string _committee = "Huyện ủy Nam Sách";
    private int _next;

    public LecturerFaker(int seed, LocalDate referenceDate)
    {
        _referenceDate = referenceDate;
        UseSeed(seed);
        CustomInstantiator(f => FullTime(f.Random));
        RuleSet(PartTime, set => set.CustomInstantiator(f => PartTimeLecturer(f.Random, expired: false)));
        RuleSet(Expired, set => set.CustomInstantiator(f => PartTimeLecturer(f.Random, expired: true)));
        RuleSet(Invited, set => set.CustomInstantiator(f => InvitedLecturer(f.Random)));
    }

    /// <summary>Points the faker at a centre; lecturer ids restart at 1 for it ("GV-291-01").</summary>
    public LecturerFaker For(string centerId, string gsoCode, string governingCommittee)
    {
        _centerId = centerId;
        _centerCode = gsoCode;
        _committee = governingCommittee;
        _next = 0;
        return this;
    }

    /// <summary>The programme topic codes a lecturer registers for a programme: one per topic, "NTD" style when the programme has none.</summary>
    public static string TopicOf(string programCode) => programCode;

    private string NextId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"GV-{_centerCode}-{++_next:00}");

    private PersonParts Person(Randomizer r, int youngest, int oldest) =>
        PersonParts.Draw(r, _referenceDate.PlusYears(-oldest), _referenceDate.PlusYears(-youngest));

    private Lecturer FullTime(Randomizer r)
    {
        var person = Person(r, 28, 58);
        var lecturer = new Lecturer(
            NextId(), person.FullName, LecturerKind.FullTime, _centerId,
            r.WeightedPick([EducationLevel.University, EducationLevel.Master], [70f, 30f]),
            r.WeightedPick([PoliticalTheoryLevel.Advanced, PoliticalTheoryLevel.Bachelor], [85f, 15f]),
            hasPedagogyCertificate: true);
        foreach (var program in CenterPrograms)
        {
            lecturer.AddTopic(TopicOf(program));
        }

        return lecturer;
    }

    private Lecturer PartTimeLecturer(Randomizer r, bool expired)
    {
        var person = Person(r, 30, 58);
        var lecturer = new Lecturer(
            NextId(), person.FullName, LecturerKind.PartTime, _centerId,
            r.WeightedPick([EducationLevel.University, EducationLevel.Master], [85f, 15f]),
            r.WeightedPick([PoliticalTheoryLevel.Intermediate, PoliticalTheoryLevel.Advanced], [45f, 55f]),
            hasPedagogyCertificate: r.Bool(0.4f));
        // A cadre teaches what is close to their own work: two to four of the centre's programmes.
        foreach (var program in r.Shuffle(CenterPrograms).Take(r.Int(2, 4)).Order(StringComparer.Ordinal))
        {
            lecturer.AddTopic(TopicOf(program));
        }

        // Recognitions run for two or three years [assumed]; an expired one ended 1–200 days before the reference date.
        var years = r.Int(2, 3);
        var validTo = expired
            ? _referenceDate.PlusDays(-r.Int(1, 200))
            : _referenceDate.PlusDays(-r.Int(30, (years * 365) - 90)).PlusYears(years).PlusDays(-1);
        var validFrom = validTo.PlusYears(-years).PlusDays(1);
        var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Int(10, 250)}-QĐ/{Abbreviation(_committee)}");
        lecturer.AddRecognition(RecognitionDecision.Create(number, $"Ban Thường vụ {_committee}", validFrom, validTo));
        return lecturer;
    }

    private Lecturer InvitedLecturer(Randomizer r)
    {
        var person = Person(r, 32, 60);
        var lecturer = new Lecturer(
            NextId(), person.FullName, LecturerKind.Invited, _centerId,
            r.WeightedPick([EducationLevel.Master, EducationLevel.Doctorate, EducationLevel.University], [60f, 15f, 25f]),
            PoliticalTheoryLevel.Advanced,
            hasPedagogyCertificate: true);
        foreach (var program in CenterPrograms)
        {
            lecturer.AddTopic(TopicOf(program));
        }

        return lecturer;
    }

    // "Huyện ủy Nam Sách" → "HU": the document-type suffix of a district committee's decisions (QĐ/HU, QĐ/TU, QĐ/TXU).
    private static string Abbreviation(string committee) => committee.StartsWith("Huyện ủy", StringComparison.Ordinal) ? "HU"
        : committee.StartsWith("Thị ủy", StringComparison.Ordinal) ? "TXU" : "TU";
}
