using System.Globalization;

namespace TrainingDomain.Assessment;

/// <summary>A score on the 10-point scale, from 0 to 10 with at most one decimal (7.5, not 7.25).</summary>
/// <example>
/// <code>
/// Score.Of(7.5m).ToString();   // "7,5"
/// Score.Of(7.25m);             // ArgumentException: at most one decimal
/// Score.Of(10.05m);            // ArgumentOutOfRangeException: above 10
/// </code>
/// </example>
public readonly record struct Score : IComparable<Score>
{
    private Score(int tenths)
    {
        Tenths = tenths;
    }

    /// <summary>The lowest score.</summary>
    public static Score Zero => new(0);

    /// <summary>The highest score.</summary>
    public static Score Ten => new(100);

    /// <summary>The score in tenths of a point, 0 to 100.</summary>
    public int Tenths { get; }

    /// <summary>The score as a decimal, e.g. 7.5.</summary>
    public decimal Value => Tenths / 10m;

    /// <summary>Makes a score.</summary>
    /// <param name="value">The score, 0 to 10, at most one decimal.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the value is below 0 or above 10.</exception>
    /// <exception cref="ArgumentException">When the value has more than one decimal.</exception>
    public static Score Of(decimal value)
    {
        if (value is < 0m or > 10m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A score is between 0 and 10; {value.ToString(CultureInfo.InvariantCulture)} is outside that range.");
        }

        var tenths = value * 10m;
        if (tenths != decimal.Truncate(tenths))
        {
            throw new ArgumentException($"A score has at most one decimal; {value.ToString(CultureInfo.InvariantCulture)} has more.", nameof(value));
        }

        return new Score((int)tenths);
    }

    /// <summary>Compares by value.</summary>
    /// <param name="other">The other score.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Score other) => Tenths.CompareTo(other.Tenths);

    /// <summary>Whether a score is lower.</summary>
    /// <param name="left">The left score.</param>
    /// <param name="right">The right score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Score left, Score right) => left.Tenths < right.Tenths;

    /// <summary>Whether a score is higher.</summary>
    /// <param name="left">The left score.</param>
    /// <param name="right">The right score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Score left, Score right) => left.Tenths > right.Tenths;

    /// <summary>Whether a score is lower or equal.</summary>
    /// <param name="left">The left score.</param>
    /// <param name="right">The right score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Score left, Score right) => left.Tenths <= right.Tenths;

    /// <summary>Whether a score is higher or equal.</summary>
    /// <param name="left">The left score.</param>
    /// <param name="right">The right score.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Score left, Score right) => left.Tenths >= right.Tenths;

    /// <summary>The score as Vietnamese write it, with a decimal comma: "7,5", "9", "10".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("0.#", People.Labels.Vietnamese);
}
