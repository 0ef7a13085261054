using System.Globalization;

namespace TrainingDomain.Rules;

/// <summary>Small whole numbers as text, built once (ages, counts in messages and facts).</summary>
internal static class Numbers
{
    private static readonly string[] Small = Enumerable.Range(0, 200).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static string Text(int value) =>
        (uint)value < (uint)Small.Length ? Small[value] : value.ToString(CultureInfo.InvariantCulture);
}
