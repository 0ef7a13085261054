namespace TrainingDomain.Lecturers;

/// <summary>
/// <c>Qualification.TeachesTopic</c>: the topic is in the lecturer's topic list. Applies to every kind of lecturer,
/// invited ones included.
/// </summary>
public sealed class TeachesTopicRule : Rule<QualificationContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Qualification.TeachesTopic";

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy (for its version).</param>
    /// <exception cref="ArgumentNullException">When the policy is null.</exception>
    public TeachesTopicRule(QualificationPolicy policy)
        : base(RuleId, (policy ?? throw new ArgumentNullException(nameof(policy))).Version, $"{QualificationPolicy.AssumedBasis}: giảng viên chỉ giảng chuyên đề đã đăng ký")
    {
    }

    /// <inheritdoc />
    public override string Description => "giảng viên đã đăng ký giảng chuyên đề";

    /// <inheritdoc />
    public override RuleResult Evaluate(QualificationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lecturer = context.Lecturer;
        var topic = new Fact(FactNames.TopicCode, context.TopicCode);
        var topics = new Fact(FactNames.LecturerTopics, string.Join(", ", lecturer.Topics));
        return lecturer.TeachesTopic(context.TopicCode)
            ? Pass($"Giảng viên {lecturer.FullName} có đăng ký giảng chuyên đề {context.TopicCode}.", topic, topics)
            : Fail($"Giảng viên {lecturer.FullName} không có chuyên đề {context.TopicCode} trong danh sách chuyên đề đăng ký giảng.", topic, topics);
    }
}
