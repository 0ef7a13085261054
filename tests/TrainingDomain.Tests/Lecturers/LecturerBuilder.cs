using TrainingDomain.Lecturers;
using TrainingDomain.People;

namespace TrainingDomain.Tests.Lecturers;

// Starts from a full-time lecturer who meets every default rule for topic "NTD-01"; each With* changes one thing.
internal sealed class LecturerBuilder
{
    private readonly List<RecognitionDecision> _recognitions = [];
    private readonly List<string> _topics = ["NTD-01"];
    private string _id = "GV-001";
    private string _name = "Nguyễn Văn An";
    private LecturerKind _kind = LecturerKind.FullTime;
    private string _center = "TT-293";
    private EducationLevel? _education = EducationLevel.University;
    private PoliticalTheoryLevel? _theory = PoliticalTheoryLevel.Advanced;
    private bool? _pedagogy = true;

    public static LecturerBuilder FullTime() => new();

    public static LecturerBuilder PartTime() => new LecturerBuilder().OfKind(LecturerKind.PartTime);

    public static LecturerBuilder Invited() => new LecturerBuilder().OfKind(LecturerKind.Invited);

    public LecturerBuilder OfKind(LecturerKind kind)
    {
        _kind = kind;
        return this;
    }

    public LecturerBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public LecturerBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public LecturerBuilder AtCenter(string centerId)
    {
        _center = centerId;
        return this;
    }

    public LecturerBuilder WithEducation(EducationLevel? level)
    {
        _education = level;
        return this;
    }

    public LecturerBuilder WithTheory(PoliticalTheoryLevel? level)
    {
        _theory = level;
        return this;
    }

    public LecturerBuilder WithPedagogy(bool? hasCertificate)
    {
        _pedagogy = hasCertificate;
        return this;
    }

    public LecturerBuilder WithTopics(params string[] topics)
    {
        _topics.Clear();
        _topics.AddRange(topics);
        return this;
    }

    public LecturerBuilder RecognisedBetween(LocalDate from, LocalDate to, string number = "125-QĐ/HU")
    {
        _recognitions.Add(RecognitionDecision.Create(number, "Huyện ủy Kim Thành", from, to));
        return this;
    }

    public Lecturer Build()
    {
        var lecturer = new Lecturer(_id, _name, _kind, _center, _education, _theory, _pedagogy);
        foreach (var topic in _topics)
        {
            lecturer.AddTopic(topic);
        }

        foreach (var recognition in _recognitions)
        {
            lecturer.AddRecognition(recognition);
        }

        return lecturer;
    }
}
