namespace TrainingDomain.Assessment;

/// <summary>How a learner is assessed at the end of a class.</summary>
public enum AssessmentKind
{
    /// <summary>Bài thu hoạch: a written final paper.</summary>
    FinalPaper,

    /// <summary>Bài kiểm tra: a test, e.g. multiple-choice questions and an essay.</summary>
    Test,
}
