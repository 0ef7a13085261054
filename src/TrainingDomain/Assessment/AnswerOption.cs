namespace TrainingDomain.Assessment;

/// <summary>One option of a multiple-choice question, e.g. <c>A</c> – "Đại hội đại biểu toàn quốc".</summary>
public sealed record AnswerOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="key">The option's key as printed, e.g. <c>A</c>; required.</param>
    /// <param name="text">The option's text; required.</param>
    /// <exception cref="ArgumentException">When the key or the text is blank.</exception>
    public AnswerOption(string key, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Key = key.Trim();
        Text = text.Trim();
    }

    /// <summary>The key as printed (A, B, C, ...).</summary>
    public string Key { get; }

    /// <summary>The option's text.</summary>
    public string Text { get; }
}
