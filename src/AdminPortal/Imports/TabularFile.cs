using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using TrainingDomain.People;

namespace TrainingDomain.AdminPortal.Imports;

/// <summary>
/// An import file of the portal (a CSV or Excel sheet with a fixed header), read into raw rows of text: the size limit,
/// the file type checked by content as well as name, the encoding of CSV text (UTF-8 with or without BOM, else
/// Windows-1258), the header checked against the template's columns, and blank rows skipped. Every problem with the file
/// as a whole is one Vietnamese message; the rows' cells are left to the caller to check. Used by the nomination and
/// the question imports, each with its own columns.
/// </summary>
/// <param name="columns">The template's columns, in order.</param>
/// <param name="noRowsMessage">What to say when the file has a header but no row, e.g. "no one was nominated".</param>
/// <param name="example">The template's example row, one cell per column.</param>
public sealed class TabularFile(IReadOnlyList<string> columns, string noRowsMessage, IReadOnlyList<string> example)
{
    /// <summary>The largest file accepted.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The template's columns, in order.</summary>
    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Reads a file's rows, or says why the file as a whole cannot be read.</summary>
    /// <param name="fileName">The uploaded file's name.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>The rows (each the cells by column, as text), or a per-file error in Vietnamese.</returns>
    public (IReadOnlyList<RawRow> Rows, string? Error) Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return ([], "Tệp trống: không có dòng nào. Hãy dùng tệp mẫu và điền mỗi người một dòng.");
        }

        if (content.Length > MaxBytes)
        {
            return ([], TooLarge(content.Length));
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        try
        {
            if (extension == ".xlsx" && isZip)
            {
                return ReadExcel(content);
            }

            if (extension == ".csv" && !isZip && !content.AsSpan(0, Math.Min(content.Length, 4096)).Contains((byte)0))
            {
                return ReadCsv(Decode(content));
            }
        }
        catch (Exception e) when (e is InvalidDataException or CsvFormatException or InvalidOperationException or IOException)
        {
            return ([], $"Không đọc được tệp \"{fileName}\": tệp bị hỏng hoặc không đúng định dạng {(extension == ".xlsx" ? "Excel" : "CSV")}.");
        }

        return ([], $"Tệp \"{fileName}\" không phải tệp CSV (.csv) hoặc Excel (.xlsx). Hãy dùng tệp mẫu.");
    }

    /// <summary>The message for a file over <see cref="MaxBytes"/>, naming its size.</summary>
    /// <param name="length">The file's size in bytes.</param>
    /// <returns>The message.</returns>
    public static string TooLarge(long length) =>
        $"Tệp quá lớn ({(length / 1024d / 1024d).ToString("0.0", Labels.Vietnamese)} MB); giới hạn là {MaxBytes / 1024 / 1024} MB. Hãy tách danh sách thành nhiều tệp.";

    /// <summary>
    /// Text of a CSV file: UTF-8 (with or without BOM) when it decodes as UTF-8, otherwise Windows-1258 (the Vietnamese
    /// code page older Excel versions save), composed to NFC so that tone marks typed as combining characters compare
    /// equal to precomposed ones.
    /// </summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1258).GetString(content);
        }

        return text.TrimStart('\uFEFF').Normalize(NormalizationForm.FormC);
    }

    /// <summary>The template as CSV (UTF-8 with BOM, so that Excel shows the diacritics).</summary>
    /// <returns>The bytes.</returns>
    public byte[] CsvTemplate() => ToCsv(Columns, [example]);

    /// <summary>The template as Excel.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ExcelTemplate()
    {
        var row = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var k = 0; k < Columns.Count; k++)
        {
            row[Columns[k]] = example[k];
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new[] { row });
        return stream.ToArray();
    }

    /// <summary>
    /// A CSV (UTF-8 with BOM) of the rows; a cell that starts with =, +, - or @ is prefixed with an apostrophe so that a
    /// spreadsheet shows it as text instead of running it as a formula.
    /// </summary>
    /// <param name="header">The header.</param>
    /// <param name="rows">The rows.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.ToArray());
            }
        }

        return buffer.ToArray();
    }

    private (IReadOnlyList<RawRow>, string?) ReadCsv(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], "Tệp trống: không có dòng tiêu đề. Hãy dùng tệp mẫu.");
        }

        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Recover }, leaveOpen: false);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (HeaderError(header) is { } error)
        {
            return ([], error);
        }

        var indexes = Columns.Select(c => header.IndexOf(c)).ToList();
        var rows = new List<RawRow>();
        while (csv.Read())
        {
            var cells = indexes.Select(i => i < csv.FieldCount ? csv.GetString(i) : string.Empty).ToList();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new RawRow((int)csv.RowNumber + 1, cells));
        }

        return rows.Count == 0 ? ([], noRowsMessage) : (rows, null);
    }

    private (IReadOnlyList<RawRow>, string?) ReadExcel(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var sheet = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var header = sheet.Count > 0 ? sheet[0].Keys.Select(k => k.Trim()).ToList() : MiniExcel.GetColumns(new MemoryStream(content), useHeaderRow: true)?.Select(k => k.Trim()).ToList() ?? [];
        if (header.Count == 0)
        {
            return ([], "Tệp trống: không có dòng tiêu đề. Hãy dùng tệp mẫu.");
        }

        if (HeaderError(header) is { } error)
        {
            return ([], error);
        }

        var rows = new List<RawRow>();
        for (var k = 0; k < sheet.Count; k++)
        {
            var values = sheet[k].ToDictionary(p => p.Key.Trim(), p => p.Value, StringComparer.Ordinal);
            var cells = Columns.Select(c => TextOf(values.GetValueOrDefault(c))).ToList();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new RawRow(k + 2, cells));
        }

        return rows.Count == 0 ? ([], noRowsMessage) : (rows, null);
    }

    private static string TextOf(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private string? HeaderError(IReadOnlyList<string> header)
    {
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        var unknown = header.Where(h => h.Length > 0 && !Columns.Contains(h, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0 && unknown.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"thiếu cột {string.Join(", ", missing.Select(m => $"\"{m}\""))}");
        }

        if (unknown.Count > 0)
        {
            parts.Add($"có cột không thuộc mẫu {string.Join(", ", unknown.Select(m => $"\"{m}\""))}");
        }

        return $"Tệp không đúng mẫu: {string.Join("; ", parts)}. Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.";
    }
}

/// <summary>A row of an import file as text.</summary>
/// <param name="Line">Its line (row) number in the file, the header being line 1.</param>
/// <param name="Cells">The cells, in the template's column order.</param>
public sealed record RawRow(int Line, IReadOnlyList<string> Cells);
