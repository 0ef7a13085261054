using System.Globalization;
using System.Text;
using CsvHelper;

namespace TrainingDomain.AdminPortal;

/// <summary>CSV downloads of the portal's lists: UTF-8 with a byte-order mark, cells that a spreadsheet would read as a formula neutralised.</summary>
public static class CsvFile
{
    /// <summary>Writes rows of text cells (the first row being the header) as a CSV file.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Of(IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A file-name-safe form of a code ("NTD-01/2018" → "NTD-01-2018").</summary>
    /// <param name="text">The text.</param>
    /// <returns>ASCII letters, digits and hyphens.</returns>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
