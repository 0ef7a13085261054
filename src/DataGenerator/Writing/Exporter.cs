using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using TrainingDomain.DataGenerator.Scenarios;

namespace TrainingDomain.DataGenerator.Writing;

/// <summary>The file formats of <c>export</c>.</summary>
internal enum ExportFormat
{
    Csv,
    Json,
}

/// <summary>
/// Writes a dataset's tables as files, one per table (<c>classes.csv</c>, <c>attendance.json</c>, ...): UTF-8 without a
/// byte-order mark, "\n" line ends, invariant culture, rows in generation order, so the same seed gives the same bytes.
/// </summary>
internal static class Exporter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Vietnamese stays readable in the files; they are data, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes every table; returns the files written with their row counts.</summary>
    public static IReadOnlyList<(string Path, int Rows)> Write(Dataset dataset, ExportFormat format, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<(string, int)>();
        foreach (var table in ExportTables.From(dataset))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, $"{table.Name}.{(format == ExportFormat.Csv ? "csv" : "json")}");
            using var stream = File.Create(path);
            var rows = format == ExportFormat.Csv ? WriteCsv(table, stream) : WriteJson(table, stream);
            written.Add((path, rows));
        }

        return written;
    }

    private static int WriteCsv(ITable table, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var count = table.WriteTo(csv);
        csv.Flush();
        return count;
    }

    private static int WriteJson(ITable table, Stream stream)
    {
        var rows = table.Rows.Cast<object>().ToList();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = Json.Encoder });
        JsonSerializer.Serialize(writer, rows, Json);
        writer.Flush();
        stream.WriteByte((byte)'\n');
        return rows.Count;
    }
}
