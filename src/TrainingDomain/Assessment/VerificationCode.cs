namespace TrainingDomain.Assessment;

/// <summary>
/// Verification codes printed on certificates (mã xác thực): 10 characters from a 32-character alphabet without the
/// look-alikes 0, O, 1 and I, so a code read off paper is typed back correctly.
/// </summary>
public static class VerificationCode
{
    /// <summary>The alphabet: digits 2–9 and the letters A–Z without I and O.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>The length of a code.</summary>
    public const int Length = 10;

    /// <summary>Whether a text is a code as issued: exactly <see cref="Length"/> characters of the alphabet.</summary>
    /// <param name="code">The text.</param>
    /// <returns>Whether it is well formed.</returns>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// A code as someone typed it, cleaned: spaces and hyphens removed, upper case. <c>null</c> when what remains is not
    /// a well-formed code.
    /// </summary>
    /// <param name="typed">The typed text, e.g. "abcd-efgh 23".</param>
    /// <returns>The code, or <c>null</c>.</returns>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var cleaned = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return IsWellFormed(cleaned) ? cleaned : null;
    }
}
