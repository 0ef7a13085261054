namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.RequiredTopics</c>: every topic of the programme (<see cref="Programs.Program.Topics"/>) has at least its
/// periods in the timetable. Passes when the programme does not fix topics.
/// </summary>
public sealed class RequiredTopicsRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.RequiredTopics";

    /// <summary>Creates the rule.</summary>
    public RequiredTopicsRule()
        : base(RuleId, 1, OpeningRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "thời khóa biểu đủ các chuyên đề của chương trình";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var program = context.Program;
        if (program.Topics.Count == 0)
        {
            return Pass($"Chương trình {program.Code} không quy định chuyên đề.");
        }

        var missing = new List<string>();
        foreach (var topic in program.Topics)
        {
            var periods = context.Class.Sessions
                .Where(s => string.Equals(s.TopicCode, topic.Code, StringComparison.OrdinalIgnoreCase))
                .Sum(s => s.Periods);
            if (periods < topic.Periods)
            {
                missing.Add($"{topic.Code} ({periods}/{topic.Periods} tiết)");
            }
        }

        return missing.Count == 0
            ? Pass($"Thời khóa biểu có đủ {program.Topics.Count} chuyên đề của chương trình {program.Code}.")
            : Fail($"Thời khóa biểu thiếu chuyên đề: {string.Join(", ", missing)}.", new Fact(OpeningFactNames.MissingTopics, string.Join(", ", missing)));
    }
}
