using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TrainingDomain.Classes;
using TrainingDomain.AdminPortal.Imports;
using TrainingDomain.People;

namespace TrainingDomain.AdminPortal.Pages.Classes;

/// <summary>
/// A nomination list file (CSV or Excel) read into raw rows, and raw rows checked into nominees: the columns of the
/// template, the problems of each cell in Vietnamese, and the profile the library's eligibility rules read. Nothing here
/// decides eligibility; it only reads what an organisation sent. Reading the file itself (size, type, encoding, header)
/// is the portal's shared <see cref="TabularFile"/>.
/// </summary>
public static class NominationFile
{
    /// <summary>The largest file accepted.</summary>
    public const long MaxBytes = TabularFile.MaxBytes;

    /// <summary>The template's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số CCCD", "Trình độ học vấn", "Trình độ lý luận chính trị", "Tình trạng đảng viên", "Ngày vào Đảng", "Mã đơn vị cử"];

    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy"),
        LocalDatePattern.CreateWithInvariantCulture("d/M/yyyy"),
        LocalDatePattern.Iso,
    ];

    private static readonly string[] PartyLabels = ["Quần chúng", "Quần chúng ưu tú", "Đảng viên dự bị", "Đảng viên chính thức"];

    /// <summary>Reads a file's rows, or says why the file as a whole cannot be read.</summary>
    /// <param name="fileName">The uploaded file's name.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>The rows (each the cells by column, as text), or a per-file error in Vietnamese.</returns>
    public static (IReadOnlyList<RawRow> Rows, string? Error) Read(string fileName, byte[] content) => Sheet.Read(fileName, content);

    /// <summary>
    /// Text of a CSV file: UTF-8 (with or without BOM) when it decodes as UTF-8, otherwise Windows-1258 (the Vietnamese
    /// code page older Excel versions save), composed to NFC (see <see cref="TabularFile.Decode"/>).
    /// </summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(byte[] content) => TabularFile.Decode(content);

    /// <summary>Checks raw rows: every cell's problems and, for rows without problems, the nominee and organisation.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="organizations">The organisations that may nominate to the class, by code.</param>
    /// <param name="alreadyInClass">Identities (see <see cref="IdentityOf"/>) already nominated to the class.</param>
    /// <returns>The checked rows, in file order.</returns>
    public static IReadOnlyList<CheckedRow> Check(IReadOnlyList<RawRow> rows, IReadOnlyDictionary<string, NominatingOrganization> organizations, IReadOnlySet<string> alreadyInClass)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<CheckedRow>(rows.Count);
        foreach (var row in rows)
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            string Cell(int column) => row.Cells.Count > column ? (row.Cells[column] ?? string.Empty).Trim() : string.Empty;

            var name = Cell(0);
            if (name.Length == 0)
            {
                errors[Columns[0]] = "Thiếu họ và tên.";
            }

            var birth = ParseDate(Cell(1), Columns[1], errors, required: true);
            Sex? sex = Cell(2).ToUpperInvariant() switch
            {
                "" => null,
                "NAM" => Sex.Male,
                "NỮ" or "NU" => Sex.Female,
                _ => Fail<Sex>(errors, Columns[2], $"\"{Cell(2)}\" không hợp lệ; ghi Nam hoặc Nữ."),
            };
            CitizenId? citizenId = null;
            var id = Cell(4);
            if (id.Length > 0)
            {
                if (id.Length != 12 || !id.All(char.IsAsciiDigit))
                {
                    errors[Columns[4]] = $"Số CCCD phải gồm đúng 12 chữ số; \"{id}\" có {id.Length} ký tự.";
                }
                else if (!CitizenId.TryParse(id, out var parsed))
                {
                    errors[Columns[4]] = $"Số CCCD \"{id}\" không hợp lệ (chữ số thứ 4 chỉ từ 0 đến 5).";
                }
                else
                {
                    citizenId = parsed;
                }
            }

            var education = ParseLabel(Cell(5), Columns[5], errors, Enum.GetValues<EducationLevel>(), Labels.Of);
            var theory = ParseLabel(Cell(6), Columns[6], errors, Enum.GetValues<PoliticalTheoryLevel>(), Labels.Of);
            var membership = ParseLabel(Cell(7), Columns[7], errors, Enum.GetValues<PartyMembership>(), m => PartyLabels[(int)m]);
            var admitted = ParseDate(Cell(8), Columns[8], errors, required: false);
            var orgCode = Cell(9);
            NominatingOrganization? organization = null;
            if (orgCode.Length == 0)
            {
                errors[Columns[9]] = "Thiếu mã đơn vị cử.";
            }
            else if (!organizations.TryGetValue(orgCode, out organization))
            {
                errors[Columns[9]] = $"Không có đơn vị cử mã \"{orgCode}\" trong địa bàn của trung tâm.";
            }

            LearnerProfile? learner = null;
            if (name.Length > 0)
            {
                learner = new LearnerProfile(name)
                {
                    BirthDate = birth,
                    Sex = sex,
                    Ethnicity = Cell(3).Length == 0 ? null : Cell(3),
                    CitizenId = citizenId,
                    Education = education,
                    PoliticalTheory = theory,
                    Party = membership switch
                    {
                        PartyMembership.NonMember => PartyStanding.NonMember(),
                        PartyMembership.OutstandingNonMember => PartyStanding.OutstandingNonMember(organization?.Name ?? orgCode),
                        PartyMembership.Probationary => PartyStanding.Probationary(admitted),
                        PartyMembership.Full => PartyStanding.Full(admitted),
                        _ => null,
                    },
                };
                foreach (var mismatch in learner.Inconsistencies())
                {
                    errors[Columns[4]] = mismatch;
                }

                var identity = IdentityOf(learner);
                if (alreadyInClass.Contains(identity))
                {
                    errors[Columns[0]] = $"{name} đã có trong danh sách của lớp.";
                }
                else if (seen.TryGetValue(identity, out var first))
                {
                    errors[Columns[0]] = $"Trùng người với dòng {first}.";
                }
                else
                {
                    seen[identity] = row.Line;
                }
            }

            result.Add(new CheckedRow(row, errors, errors.Count == 0 ? learner : null, organization));
        }

        return result;
    }

    /// <summary>Who a nominee is for duplicate checks: the citizen ID, else name and birth date (as the library compares).</summary>
    /// <param name="learner">The nominee.</param>
    /// <returns>The identity.</returns>
    public static string IdentityOf(LearnerProfile learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        return learner.CitizenId is { } id
            ? $"id:{id}"
            : $"name:{learner.FullName.Trim().ToUpperInvariant()}|{learner.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The template as CSV (UTF-8 with BOM, so that Excel shows the diacritics).</summary>
    /// <returns>The bytes.</returns>
    public static byte[] CsvTemplate() => Sheet.CsvTemplate();

    /// <summary>The template as Excel.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] ExcelTemplate() => Sheet.ExcelTemplate();

    /// <summary>
    /// A CSV (UTF-8 with BOM) of the rows; a cell that starts with =, +, - or @ is prefixed with an apostrophe so that a
    /// spreadsheet shows it as text instead of running it as a formula.
    /// </summary>
    /// <param name="header">The header.</param>
    /// <param name="rows">The rows.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => TabularFile.ToCsv(header, rows);

    private static readonly string[] TemplateExample =
        ["Nguyễn Văn An", "01/06/1995", "Nam", "Kinh", "030095001234", "THPT", "Chưa có", "Quần chúng ưu tú", "", "10675"];

    private static readonly TabularFile Sheet = new(Columns, "Tệp chỉ có dòng tiêu đề, không có người nào được cử.", TemplateExample);

    private static LocalDate? ParseDate(string text, string column, Dictionary<string, string> errors, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors[column] = $"Thiếu {column.ToLowerInvariant()}.";
            }

            return null;
        }

        foreach (var pattern in DatePatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }
        }

        errors[column] = $"\"{text}\" không phải ngày hợp lệ (dd/MM/yyyy, d/M/yyyy hoặc yyyy-MM-dd).";
        return null;
    }

    private static T? ParseLabel<T>(string text, string column, Dictionary<string, string> errors, IEnumerable<T> values, Func<T, string> label)
        where T : struct, Enum
    {
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var value in values)
        {
            if (string.Equals(label(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        errors[column] = $"\"{text}\" không hợp lệ; ghi một trong: {string.Join(", ", values.Select(label))}.";
        return null;
    }

    private static T? Fail<T>(Dictionary<string, string> errors, string column, string message)
        where T : struct
    {
        errors[column] = message;
        return null;
    }
}

/// <summary>A checked row: its problems by column, and the nominee when there are none.</summary>
/// <param name="Raw">The row.</param>
/// <param name="Errors">The problems, by column name.</param>
/// <param name="Learner">The nominee, when the row has no problem.</param>
/// <param name="Organization">The nominating organisation, when known.</param>
public sealed record CheckedRow(RawRow Raw, IReadOnlyDictionary<string, string> Errors, LearnerProfile? Learner, NominatingOrganization? Organization);
