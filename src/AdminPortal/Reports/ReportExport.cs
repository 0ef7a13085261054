using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using TrainingDomain.Calendar;
using TrainingDomain.People;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>
/// The report as tables (summary, per centre, per programme, plan progress) and as CSV and Excel files. Every text
/// cell that a spreadsheet would read as a formula (it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return) is neutralised with a leading apostrophe; numbers stay numbers.
/// </summary>
/// <param name="localizer">The portal's strings (headers follow the request's language).</param>
public sealed class ReportExport(IStringLocalizer<SharedResource> localizer)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Neutralises text a spreadsheet would evaluate.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text, with an apostrophe in front when it could start a formula.</returns>
    public static string Safe(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>The report's tables.</summary>
    /// <param name="report">The library's report.</param>
    /// <param name="provinceName">The province's name, if one.</param>
    /// <returns>The sheets, summary first.</returns>
    public IReadOnlyList<ExportSheet> Sheets(StatisticsReport report, string? provinceName)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Total;
        var p = report.PreviousYearTotal;
        var summary = new ExportSheet(
            localizer["Sheet.Summary"],
            [localizer["Indicator"], localizer["This period"], localizer["Same period last year"]],
            [
                [localizer["Province"], provinceName ?? localizer["every centre"].Value, null],
                [localizer["Period"], report.Period.Label, report.PreviousYearPeriod.Label],
                [localizer["From"], Labels.Of(report.Period.Start), Labels.Of(report.PreviousYearPeriod.Start)],
                [localizer["To"], Labels.Of(report.Period.End), Labels.Of(report.PreviousYearPeriod.End)],
                [localizer["Cut-off policy"], localizer["Policy." + report.Period.Policy], null],
                [localizer["Classes opened"], t.Classes, p.Classes],
                [localizer["Learner-turns"], t.LearnerTurns, p.LearnerTurns],
                [localizer["Completed"], t.Completed, p.Completed],
                [localizer["Passed"], t.Passed, p.Passed],
                [localizer["Unexcused absence rate"], Percent(t.UnexcusedAbsenceRate), Percent(p.UnexcusedAbsenceRate)],
                [localizer["Refused for audience"], t.RefusedForAudience, p.RefusedForAudience],
                [localizer["Overridden for audience"], t.OverriddenForAudience, p.OverriddenForAudience],
                [localizer["Centres with classes"], report.CentersWithClasses, null],
                [localizer["Centres with no class"], report.CentersWithoutClasses.Count, null],
                [localizer["Centres with no class (names)"], string.Join("; ", report.CentersWithoutClasses.Select(c => c.CenterName)), null],
                [localizer["Counting rules"], string.Join("; ", report.CountingRules.Select(r => $"{r.Id} v{r.Version}")), null],
            ]);
        var centers = new ExportSheet(
            localizer["Sheet.Centres"],
            [localizer["Centre"], localizer["Classes opened"], localizer["Learner-turns"], localizer["Classes last year"], localizer["Learner-turns last year"]],
            [
                .. report.Centers.Select(c => new object?[] { c.CenterName, c.Figures.Classes, c.Figures.LearnerTurns, c.PreviousYear.Classes, c.PreviousYear.LearnerTurns }),
                [localizer["Total"], t.Classes, t.LearnerTurns, p.Classes, p.LearnerTurns],
            ]);
        var programs = new ExportSheet(
            localizer["Sheet.Programmes"],
            [localizer["Code"], localizer["Programme"], localizer["Classes opened"], localizer["Learner-turns"], localizer["Classes last year"], localizer["Learner-turns last year"]],
            [
                .. report.Programs.Select(g => new object?[] { g.ProgramCode, ProgramNames.Of(g.ProgramCode), g.Figures.Classes, g.Figures.LearnerTurns, g.PreviousYear.Classes, g.PreviousYear.LearnerTurns }),
                [null, localizer["Total"], t.Classes, t.LearnerTurns, p.Classes, p.LearnerTurns],
            ]);
        var plan = new ExportSheet(
            localizer["Sheet.Plan"],
            [localizer["Programme"], localizer["Classes opened (year to date)"], localizer["Classes planned"], localizer["Learner-turns (year to date)"], localizer["Learner-turns planned"]],
            report.PlanProgress.Select(l => new object?[]
            {
                l.ProgramCode is null ? localizer["Total"].Value : ProgramNames.Of(l.ProgramCode), l.ClassesOpened, l.ClassesPlanned, l.LearnerTurns, l.LearnerTurnsPlanned,
            }).ToList());
        return [Plain(summary), Plain(centers), Plain(programs), Plain(plan)];
    }

    /// <summary>The report as one CSV file (UTF-8 with a byte-order mark, for spreadsheets): each table under its title.</summary>
    /// <param name="report">The report.</param>
    /// <param name="provinceName">The province's name.</param>
    /// <returns>The file's bytes.</returns>
    public byte[] Csv(StatisticsReport report, string? provinceName)
    {
        // CsvHelper escapes possible formulas itself (the same apostrophe as Safe) and leaves numbers as numbers.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            foreach (var sheet in Sheets(report, provinceName))
            {
                csv.WriteRecord([sheet.Name]);
                csv.WriteRecord(sheet.Columns.ToArray());
                foreach (var row in sheet.Rows)
                {
                    foreach (var cell in row)
                    {
                        switch (cell)
                        {
                            case int number:
                                csv.WriteField(number, default);
                                break;
                            case null:
                                csv.WriteField("");
                                break;
                            default:
                                csv.WriteField(cell.ToString() ?? "");
                                break;
                        }
                    }

                    csv.EndRecord();
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The report as an Excel workbook, one sheet per table.</summary>
    /// <param name="report">The report.</param>
    /// <param name="provinceName">The province's name.</param>
    /// <returns>The .xlsx file's bytes.</returns>
    public byte[] Excel(StatisticsReport report, string? provinceName)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in Sheets(report, provinceName))
        {
            sheets[sheet.Name] = sheet.Rows.Select(row =>
            {
                var line = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    line[Safe(sheet.Columns[i])] = row[i] is string text ? Safe(text) : row[i];
                }

                return line;
            }).ToList();
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    /// <summary>A file name for the report, e.g. <c>bao-cao-quy-1-2018-calendar.xlsx</c>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="extension">The extension without the dot.</param>
    /// <returns>The name.</returns>
    public static string FileName(ReportingPeriod period, string extension) => period.Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"bao-cao-thang-{period.Index}-{period.Year}-{period.Policy.ToString().ToLowerInvariant()}.{extension}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"bao-cao-quy-{period.Index}-{period.Year}-{period.Policy.ToString().ToLowerInvariant()}.{extension}"),
        PeriodKind.FirstSixMonths => string.Create(CultureInfo.InvariantCulture, $"bao-cao-6-thang-{period.Year}-{period.Policy.ToString().ToLowerInvariant()}.{extension}"),
        PeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"bao-cao-9-thang-{period.Year}-{period.Policy.ToString().ToLowerInvariant()}.{extension}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"bao-cao-nam-{period.Year}-{period.Policy.ToString().ToLowerInvariant()}.{extension}"),
    };

    // Localised labels become plain text, so that every cell is text, a number or empty.
    private static ExportSheet Plain(ExportSheet sheet) =>
        sheet with { Rows = sheet.Rows.Select(row => row.Select(cell => cell is LocalizedString text ? text.Value : cell).ToArray()).ToList() };

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", Labels.Vietnamese.NumberFormat) + " %";
}

/// <summary>One table of an export.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows (text, numbers or empty cells).</param>
public sealed record ExportSheet(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
