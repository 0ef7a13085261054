namespace TrainingDomain.Assessment;

/// <summary>The form of a question.</summary>
public enum QuestionKind
{
    /// <summary>Trắc nghiệm: options with exactly one correct key.</summary>
    MultipleChoice,

    /// <summary>Tự luận: an open answer marked against a marking guide.</summary>
    Essay,
}
