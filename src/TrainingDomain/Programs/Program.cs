using TrainingDomain.People;

namespace TrainingDomain.Programs;

/// <summary>
/// A training programme (chương trình) as data: its code and name, the target-audience rules, its length, credential,
/// class-size bounds and attendance threshold. The defaults of the province catalogue are in
/// <see cref="ProgramCatalog.Default"/>; a province builds its own programmes from the same parts.
/// </summary>
public sealed class Program
{
    private readonly RuleSet<EligibilityContext> _audience;

    /// <summary>Creates a programme.</summary>
    /// <param name="code">A short code, unique in a catalogue, e.g. <c>NTD</c>: letters, digits, '-' or '_', up to 16.</param>
    /// <param name="name">The Vietnamese name, e.g. "Bồi dưỡng nhận thức về Đảng".</param>
    /// <param name="audience">The target-audience rules; all must hold. At least one.</param>
    /// <param name="length">How long the programme runs.</param>
    /// <param name="credential">What it awards.</param>
    /// <param name="classSize">How many learners a class may have.</param>
    /// <param name="attendanceThreshold">The share of planned periods a learner must attend to be assessed, in (0, 1]; 0.8 by default.</param>
    /// <exception cref="ArgumentException">When the code, name or audience is missing or malformed.</exception>
    /// <param name="topics">The topics (chuyên đề) a timetable must cover, with their periods; empty when the programme does not fix them.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a length, bound or the threshold is out of range.</exception>
    public Program(
        string code,
        string name,
        IEnumerable<Rule<EligibilityContext>> audience,
        ProgramLength length,
        Credential credential,
        ClassSizeBounds classSize,
        decimal attendanceThreshold = 0.8m,
        IEnumerable<ProgramTopic>? topics = null)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"A programme code is 1–16 letters, digits, '-' or '_'; got '{code}'.", nameof(code));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(length);
        ArgumentNullException.ThrowIfNull(classSize);
        length.Validate();
        classSize.Validate();
        if (attendanceThreshold is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(attendanceThreshold), attendanceThreshold, "The attendance threshold is a share above 0 and at most 1 (0.8 = 80 %).");
        }

        var rules = audience.ToArray();
        if (rules.Length == 0)
        {
            throw new ArgumentException("A programme needs at least one target-audience rule.", nameof(audience));
        }

        var topicList = (topics ?? []).ToList();
        var duplicate = topicList.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The topic code '{duplicate.Key}' appears twice in the programme.", nameof(topics));
        }

        Topics = topicList;
        Code = code.ToUpperInvariant();
        Name = name.Trim();
        Length = length;
        Credential = credential;
        ClassSize = classSize;
        AttendanceThreshold = attendanceThreshold;
        _audience = new RuleSet<EligibilityContext>($"Eligibility.{Code}", rules);
    }

    /// <summary>The programme code, upper case.</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name.</summary>
    public string Name { get; }

    /// <summary>The target-audience rules, in report order.</summary>
    public IReadOnlyList<Rule<EligibilityContext>> Audience => _audience.Rules;

    /// <summary>How long the programme runs.</summary>
    public ProgramLength Length { get; }

    /// <summary>What the programme awards.</summary>
    public Credential Credential { get; }

    /// <summary>How many learners a class may have.</summary>
    public ClassSizeBounds ClassSize { get; }

    /// <summary>The topics a timetable must cover; empty when the programme does not fix them.</summary>
    public IReadOnlyList<ProgramTopic> Topics { get; }

    /// <summary>The share of planned periods a learner must attend to be assessed.</summary>
    public decimal AttendanceThreshold { get; }

    /// <summary>
    /// Checks a learner against the programme's target audience on a date (normally the class's start date).
    /// </summary>
    /// <param name="learner">The learner's profile.</param>
    /// <param name="on">The date.</param>
    /// <returns>
    /// An explained verdict: eligible; ineligible with the failed rules; or undetermined with the missing facts.
    /// </returns>
    /// <example>
    /// <code>
    /// var verdict = ProgramCatalog.Default.Get("DVM").CheckEligibility(profile, new LocalDate(2018, 3, 5));
    /// if (verdict.Outcome == VerdictOutcome.Undetermined) Console.WriteLine(string.Join(", ", verdict.MissingFacts));
    /// </code>
    /// </example>
    public Verdict CheckEligibility(LearnerProfile learner, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(learner);
        return _audience.Evaluate(new EligibilityContext(learner, on), on);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} – {Name}";
}
