namespace TrainingDomain.Assessment;

/// <summary>
/// <c>Certificate.ResultPassing</c>: the learner's result is a pass (đạt or better). Unknown while no result is recorded.
/// </summary>
public sealed class ResultPassingRule : Rule<CertificateCandidate>
{
    /// <summary>The rule's id.</summary>
    public const string RuleId = "Certificate.ResultPassing";

    /// <summary>The shared instance.</summary>
    public static ResultPassingRule Instance { get; } = new();

    /// <summary>Creates the rule.</summary>
    public ResultPassingRule()
        : base(RuleId, 1, CertificateRules.Basis)
    {
    }

    /// <inheritdoc />
    public override string Description => "kết quả đánh giá từ mức đạt trở lên";

    /// <inheritdoc />
    public override RuleResult Evaluate(CertificateCandidate context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not { } result)
        {
            return Unknown(
                AssessmentFactNames.AssessmentResult,
                $"Chưa có kết quả đánh giá của học viên {context.LearnerName}.",
                new Fact(AssessmentFactNames.AssessmentResult, null));
        }

        var label = AssessmentLabels.Of(result.Classification);
        var message = $"Kết quả {AssessmentLabels.Of(result.Kind)}: {result.Score} điểm, xếp loại {label}.";
        Fact[] facts = [new(AssessmentFactNames.Score, result.Score.ToString()), new(AssessmentFactNames.ResultClass, label)];
        return result.IsPassing ? Pass(message, facts) : Fail(message, facts);
    }
}
