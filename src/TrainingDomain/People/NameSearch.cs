using System.Globalization;
using System.Text;

namespace TrainingDomain.People;

/// <summary>
/// Folds Vietnamese text for searching: lower case, without diacritics (so "Nguyễn Văn An" and "nguyen van an" fold to
/// the same text), "đ" read as "d", runs of spaces collapsed. Stored search columns hold folded text, and a search
/// folds what the user typed the same way, so the match works alike on every database.
/// </summary>
/// <example>
/// <code>
/// NameSearch.Fold("  Đặng   Thị GIANG ") == "dang thi giang"
/// </code>
/// </example>
public static class NameSearch
{
    /// <summary>Folds text as described on the type.</summary>
    /// <param name="text">The text; <c>null</c> folds to the empty string.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }
}
