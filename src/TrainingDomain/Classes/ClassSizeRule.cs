namespace TrainingDomain.Classes;

/// <summary>
/// <c>Opening.ClassSize</c>: the learners enrolled now (withdrawn ones excluded) are within the programme's class size
/// (<see cref="Programs.Program.ClassSize"/>).
/// </summary>
public sealed class ClassSizeRule : Rule<OpeningContext>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Opening.ClassSize";

    /// <summary>Creates the rule.</summary>
    public ClassSizeRule()
        : base(RuleId, 1, $"{OpeningRules.Basis}; sĩ số theo chương trình")
    {
    }

    /// <inheritdoc />
    public override string Description => "sĩ số lớp trong giới hạn của chương trình";

    /// <inheritdoc />
    public override RuleResult Evaluate(OpeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bounds = context.Program.ClassSize;
        var count = context.Class.ActiveEnrollmentCount;
        Fact[] facts =
        [
            new(OpeningFactNames.EnrolledLearners, Numbers.Text(count)),
            new(OpeningFactNames.MinClassSize, Numbers.Text(bounds.Min)),
            new(OpeningFactNames.MaxClassSize, Numbers.Text(bounds.Max)),
        ];
        var message = $"Lớp có {count} học viên; chương trình {context.Program.Code} yêu cầu từ {bounds.Min} đến {bounds.Max} học viên.";
        return bounds.Allows(count) ? Pass(message, facts) : Fail(message, facts);
    }
}
