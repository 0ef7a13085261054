using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>A generated scenario held in memory: every aggregate built through the library, ready to write or export.</summary>
internal sealed class Dataset
{
    public required string Scenario { get; init; }

    public required ScenarioOptions Options { get; init; }

    public required OrganizationRegistry Registry { get; init; }

    /// <summary>The province the report covers.</summary>
    public required string ProvinceId { get; init; }

    /// <summary>The period the scenario reproduces, e.g. Q1/2018.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The date the data stands at: attendance is marked up to it, classes finished by then are completed.</summary>
    public required LocalDate ReferenceDate { get; init; }

    public List<CenterStaffing> Staffing { get; } = [];

    public List<Lecturer> Lecturers { get; } = [];

    public List<NominatingOrganization> Organizations { get; } = [];

    /// <summary>Each centre's list of the organisations above, as the library stores it.</summary>
    public List<NominatorListing> Nominators { get; } = [];

    public List<AnnualClassPlan> Plans { get; } = [];

    public List<TrainingClass> Classes { get; } = [];

    /// <summary>Results with the class they belong to (the library does not store results in a class).</summary>
    public List<(TrainingClass Class, AssessmentResult Result)> Results { get; } = [];

    public List<CertificateRegister> CertificateRegisters { get; } = [];

    /// <summary>The province's question banks (all programmes), drafts and retired questions included.</summary>
    public List<Question> Questions { get; } = [];

    /// <summary>The programmes' exam blueprints.</summary>
    public List<ExamBlueprint> Blueprints { get; } = [];

    /// <summary>The centre each register belongs to (stamped on it when written, see <c>TrainingDbContext.SetCenter</c>).</summary>
    public Dictionary<CertificateRegister, string> RegisterCenters { get; } = new(ReferenceEqualityComparer.Instance);

    public PlantedAnomalies Anomalies { get; set; } = new(0, 0, 0, 0, 0);
}
