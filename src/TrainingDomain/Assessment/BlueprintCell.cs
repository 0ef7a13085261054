namespace TrainingDomain.Assessment;

/// <summary>One cell of an exam blueprint: how many multiple-choice questions a paper takes from a topic at a difficulty.</summary>
public sealed record BlueprintCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="topicCode">The topic code; required.</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <param name="count">How many questions; at least 1.</param>
    /// <exception cref="ArgumentException">When the topic code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the difficulty is undefined or the count is not positive.</exception>
    public BlueprintCell(string topicCode, Difficulty difficulty, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        if (!Enum.IsDefined(difficulty))
        {
            throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "Not a defined difficulty.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        TopicCode = topicCode.Trim();
        Difficulty = difficulty;
        Count = count;
    }

    /// <summary>The topic code.</summary>
    public string TopicCode { get; }

    /// <summary>The difficulty.</summary>
    public Difficulty Difficulty { get; }

    /// <summary>How many questions the paper takes from the cell.</summary>
    public int Count { get; }
}
