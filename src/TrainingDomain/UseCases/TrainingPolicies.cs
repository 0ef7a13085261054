using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>
/// The configurable policies the use cases apply, in one place, so that a host (the portal, the generator, a test)
/// passes its own set once. Every member defaults to the library's default policy.
/// </summary>
public sealed record TrainingPolicies
{
    /// <summary>The library's defaults, in the Vietnam time zone.</summary>
    public static TrainingPolicies Default { get; } = new();

    /// <summary>The programme catalogue (audiences, lengths, class sizes).</summary>
    public ProgramCatalog Programs { get; init; } = ProgramCatalog.Default;

    /// <summary>The attendance threshold and alerts.</summary>
    public AttendancePolicy Attendance { get; init; } = AttendancePolicy.Default;

    /// <summary>The grading bands.</summary>
    public GradingPolicy Grading { get; init; } = GradingPolicy.Default;

    /// <summary>The lecturer qualification policy.</summary>
    public QualificationPolicy Qualification { get; init; } = QualificationPolicy.Default;

    /// <summary>The class-opening rules.</summary>
    public OpeningRules Opening { get; init; } = OpeningRules.Default();

    /// <summary>The certificate rules.</summary>
    public RuleSet<CertificateCandidate> Certificates { get; init; } = CertificateRules.Default;

    /// <summary>Where certificate verification codes come from.</summary>
    public IVerificationCodeSource VerificationCodes { get; init; } = RandomVerificationCodeSource.Instance;

    /// <summary>How exam papers are drawn (recent papers avoided, first variant code, option shuffling).</summary>
    public PaperPolicy Papers { get; init; } = PaperPolicy.Default;

    /// <summary>Who may read a paper's answer key; the default is an assumption (see <see cref="AnswerKeyPolicy.Default"/>).</summary>
    public AnswerKeyPolicy AnswerKeys { get; init; } = AnswerKeyPolicy.Default;

    /// <summary>The statistics counting rules.</summary>
    public CountingPolicy Counting { get; init; } = CountingPolicy.Default;

    /// <summary>The time zone "today" is taken in (Asia/Ho_Chi_Minh).</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>
    /// How many times a use case is run again when its save lost a race it can safely retry (the audit chain's head,
    /// the next certificate number); a conflict on what an administrator edits (a class) is never retried.
    /// </summary>
    public int ConflictRetries { get; init; } = 40;
}
