namespace TrainingDomain.Lecturers;

/// <summary>
/// Decides whether a lecturer may teach a topic of a programme on a date, with the shared <see cref="Verdict"/>:
/// <see cref="VerdictOutcome.Eligible"/> reads "qualified". A fact that is not recorded (e.g. the education level)
/// gives <see cref="VerdictOutcome.Undetermined"/> naming the fact, never a silent "qualified".
/// </summary>
/// <example>
/// <code>
/// var check = new LecturerQualification(QualificationPolicy.Default);
/// var verdict = check.Check(lecturer, "SC", "SC-05", new LocalDate(2024, 3, 15));
/// foreach (var failed in verdict.FailedRules) Console.WriteLine(failed.Message);
/// </code>
/// </example>
public sealed class LecturerQualification
{
    /// <summary>The id of the rule set, stored in every verdict.</summary>
    public const string RuleSetId = "Lecturer.Qualification";

    /// <summary>Builds the check from a policy.</summary>
    /// <param name="policy">The qualification policy; <see cref="QualificationPolicy.Default"/> is an assumption.</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public LecturerQualification(QualificationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        RuleSet = BuildRuleSet(policy);
    }

    /// <summary>The policy the check was built from.</summary>
    public QualificationPolicy Policy { get; }

    /// <summary>The rules, in report order.</summary>
    public RuleSet<QualificationContext> RuleSet { get; }

    /// <summary>
    /// The rule set a policy gives: education and political-theory minimums always; the pedagogy, recognition and topic
    /// rules when the policy's switches turn them on.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The rule set, with id <see cref="RuleSetId"/>.</returns>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public static RuleSet<QualificationContext> BuildRuleSet(QualificationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = new List<Rule<QualificationContext>>
        {
            new MinimumEducationRule(policy),
            new MinimumTheoryLevelRule(policy),
        };
        if (policy.PedagogyCertificateRequiredForFullTime)
        {
            rules.Add(new PedagogyCertificateRule(policy));
        }

        if (policy.RecognitionRequiredForPartTime)
        {
            rules.Add(new PartTimeRecognitionRule(policy));
        }

        if (policy.LecturerMustTeachTopic)
        {
            rules.Add(new TeachesTopicRule(policy));
        }

        return new RuleSet<QualificationContext>(RuleSetId, rules);
    }

    /// <summary>Checks a lecturer for a topic of a programme on a date.</summary>
    /// <param name="lecturer">The lecturer.</param>
    /// <param name="programCode">The programme code, e.g. <c>SC</c>.</param>
    /// <param name="topicCode">The topic code.</param>
    /// <param name="date">The teaching date; recorded as the verdict's date.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException">When the lecturer is null.</exception>
    /// <exception cref="ArgumentException">When a code is blank.</exception>
    public Verdict Check(Lecturer lecturer, string programCode, string topicCode, LocalDate date) =>
        RuleSet.Evaluate(new QualificationContext(lecturer, programCode, topicCode, date), date);

    /// <summary>
    /// Checks a lecturer for a whole programme on a date, as a cell of the lecturer × programme matrix: each of the
    /// programme's topics is checked (a programme that lists no topics is taught as one topic whose code is the
    /// programme's code, as its classes' sessions record it) and the verdict of the first topic the lecturer qualifies
    /// for is returned, else that of the first topic, whose failed rules say why.
    /// </summary>
    /// <param name="lecturer">The lecturer.</param>
    /// <param name="program">The programme.</param>
    /// <param name="date">The date the qualification is judged on.</param>
    /// <returns>The explained verdict and the topic it is about.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public (string TopicCode, Verdict Verdict) CheckProgram(Lecturer lecturer, Programs.Program program, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(lecturer);
        ArgumentNullException.ThrowIfNull(program);
        var topics = program.Topics.Count > 0 ? program.Topics.Select(t => t.Code).ToList() : [program.Code];
        (string, Verdict)? first = null;
        foreach (var topic in topics)
        {
            var verdict = Check(lecturer, program.Code, topic, date);
            if (verdict.Outcome == VerdictOutcome.Eligible)
            {
                return (topic, verdict);
            }

            first ??= (topic, verdict);
        }

        return first!.Value;
    }
}
