namespace TrainingDomain.Assessment;

/// <summary>
/// The lowest score of each result class, as data. No regulation setting these for district centres was found, so
/// <see cref="Default"/> is an ASSUMPTION (DOMAIN.md §6): xuất sắc ≥ 9, giỏi ≥ 8, khá ≥ 7, đạt ≥ 5, không đạt below 5.
/// </summary>
/// <example>
/// <code>
/// GradingPolicy.Default.Classify(Score.Of(8.9m));   // ResultClass.Good
/// var strict = new GradingPolicy(Score.Of(9.5m), Score.Of(8.5m), Score.Of(7), Score.Of(5), version: 2);
/// </code>
/// </example>
public sealed record GradingPolicy
{
    /// <summary>The text used as legal basis for results classified under an assumed policy.</summary>
    public const string AssumedBasis =
        "Giả định: chưa tìm thấy văn bản quy định thang xếp loại của trung tâm chính trị cấp huyện; " +
        "chính sách mặc định, tỉnh có thể cấu hình lại";

    /// <summary>Creates a policy.</summary>
    /// <param name="excellentFrom">The lowest xuất sắc score.</param>
    /// <param name="goodFrom">The lowest giỏi score.</param>
    /// <param name="fairFrom">The lowest khá score.</param>
    /// <param name="passFrom">The lowest đạt score; anything below is không đạt.</param>
    /// <param name="version">The policy's version, recorded with every result; at least 1.</param>
    /// <exception cref="ArgumentException">When the thresholds are not strictly decreasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the version is not positive.</exception>
    public GradingPolicy(Score excellentFrom, Score goodFrom, Score fairFrom, Score passFrom, int version = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        if (!(excellentFrom > goodFrom && goodFrom > fairFrom && fairFrom > passFrom))
        {
            throw new ArgumentException(
                $"Thresholds must decrease strictly from excellent to pass; got {excellentFrom}, {goodFrom}, {fairFrom}, {passFrom}.", nameof(goodFrom));
        }

        ExcellentFrom = excellentFrom;
        GoodFrom = goodFrom;
        FairFrom = fairFrom;
        PassFrom = passFrom;
        Version = version;
    }

    /// <summary>The assumed default policy (see the type's summary).</summary>
    public static GradingPolicy Default { get; } = new(Score.Of(9), Score.Of(8), Score.Of(7), Score.Of(5));

    /// <summary>The lowest xuất sắc score.</summary>
    public Score ExcellentFrom { get; }

    /// <summary>The lowest giỏi score.</summary>
    public Score GoodFrom { get; }

    /// <summary>The lowest khá score.</summary>
    public Score FairFrom { get; }

    /// <summary>The lowest đạt score.</summary>
    public Score PassFrom { get; }

    /// <summary>The policy's version.</summary>
    public int Version { get; }

    /// <summary>The class of a score.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The class.</returns>
    public ResultClass Classify(Score score) =>
        score >= ExcellentFrom ? ResultClass.Excellent
        : score >= GoodFrom ? ResultClass.Good
        : score >= FairFrom ? ResultClass.Fair
        : score >= PassFrom ? ResultClass.Pass
        : ResultClass.Fail;

    /// <summary>Whether a class is a passing one (everything but không đạt).</summary>
    /// <param name="resultClass">The class.</param>
    /// <returns><c>true</c> unless <see cref="ResultClass.Fail"/>.</returns>
    public static bool IsPassing(ResultClass resultClass) => resultClass != ResultClass.Fail;
}
