using System.Globalization;
using System.Text;

namespace TrainingDomain.Assessment;

/// <summary>How two question texts are compared to find duplicates in a bank.</summary>
public static class QuestionStem
{
    /// <summary>
    /// The comparable form of a question's text: Unicode NFC (so a precomposed "ế" equals "ê" + combining acute),
    /// lower case, runs of white space collapsed to one space, and leading and trailing white space and end
    /// punctuation (<c>? . : …</c>) removed. Diacritics are kept: "Đảng" and "Dang" are different words.
    /// </summary>
    /// <param name="stem">The text; null counts as empty.</param>
    /// <returns>The normalised text.</returns>
    /// <example><c>Normalize("  Đảng  được thành lập năm nào? ")</c> and <c>Normalize("đảng được thành lập năm nào")</c> are equal.</example>
    public static string Normalize(string? stem)
    {
        if (string.IsNullOrWhiteSpace(stem))
        {
            return string.Empty;
        }

        var text = stem.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd('?', '.', ':', '…', ' ');
    }
}
