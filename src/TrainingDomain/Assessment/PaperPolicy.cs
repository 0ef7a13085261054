namespace TrainingDomain.Assessment;

/// <summary>
/// How papers are drawn, as data. No regulation on question reuse was found, so <see cref="Default"/> is an
/// ASSUMPTION: avoid the questions of the centre's last 3 papers of the programme; variants numbered from 101.
/// </summary>
/// <example>
/// <code>
/// var policy = PaperPolicy.Default with { RecentPapersToAvoid = 5, FirstVariantNumber = 201 };
/// </code>
/// </example>
public sealed record PaperPolicy
{
    private readonly int _recentPapersToAvoid = 3;
    private readonly int _firstVariantNumber = 101;

    /// <summary>The assumed default policy.</summary>
    public static PaperPolicy Default { get; } = new();

    /// <summary>How many of the centre's most recent papers of the programme to avoid questions from; 0 disables avoidance.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set below zero.</exception>
    public int RecentPapersToAvoid
    {
        get => _recentPapersToAvoid;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(RecentPapersToAvoid));
            _recentPapersToAvoid = value;
        }
    }

    /// <summary>The code of the first variant; the next ones count up (101, 102, ...).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to zero or less.</exception>
    public int FirstVariantNumber
    {
        get => _firstVariantNumber;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(FirstVariantNumber));
            _firstVariantNumber = value;
        }
    }

    /// <summary>Whether each variant shuffles the options of each multiple-choice question; default <c>true</c>.</summary>
    public bool ShuffleOptions { get; init; } = true;
}
