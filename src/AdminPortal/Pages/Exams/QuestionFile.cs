using TrainingDomain.AdminPortal.Imports;
using TrainingDomain.Assessment;

namespace TrainingDomain.AdminPortal.Pages.Exams;

/// <summary>
/// A question import file (CSV or Excel, read by the portal's shared <see cref="TabularFile"/>) and its rows checked
/// cell by cell: the difficulty and kind as Vietnamese labels, no cell that Excel would run as a formula, then the
/// library's checks of each question (<see cref="ExamUseCases.CheckImportAsync"/>: fields, duplicates in the file and in
/// the bank) mapped back to the cells.
/// </summary>
public static class QuestionFile
{
    /// <summary>The template's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Chuyên đề", "Mức độ", "Loại câu hỏi", "Nội dung câu hỏi",
        "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Phương án E", "Phương án F",
        "Đáp án đúng", "Hướng dẫn chấm",
    ];

    private const int Topic = 0;
    private const int Level = 1;
    private const int Kind = 2;
    private const int Stem = 3;
    private const int FirstOption = 4;
    private const int OptionCount = 6;
    private const int Correct = 10;
    private const int Guide = 11;

    private static readonly string[] Example =
    [
        "NTD-01", "Dễ", "Trắc nghiệm", "Đảng Cộng sản Việt Nam được thành lập năm nào?", "1925", "1930", "1945", "1954", "", "", "B", "",
    ];

    private static readonly TabularFile Sheet = new(Columns, "Tệp chỉ có dòng tiêu đề, không có câu hỏi nào.", Example);

    /// <summary>Reads a file's rows, or says why the file as a whole cannot be read.</summary>
    /// <param name="fileName">The uploaded file's name.</param>
    /// <param name="content">Its bytes.</param>
    /// <returns>The rows or a per-file error in Vietnamese.</returns>
    public static (IReadOnlyList<RawRow> Rows, string? Error) Read(string fileName, byte[] content) => Sheet.Read(fileName, content);

    /// <summary>The template as CSV.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] CsvTemplate() => Sheet.CsvTemplate();

    /// <summary>The template as Excel.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] ExcelTemplate() => Sheet.ExcelTemplate();

    /// <summary>
    /// Checks the rows: the cells the portal reads (difficulty, kind, formulas), then the library's checks of the
    /// questions, each problem under its column.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="libraryCheck">The library's check of the drafts that could be read (index into that list, field, message).</param>
    /// <returns>The checked rows, in file order.</returns>
    public static async Task<IReadOnlyList<CheckedQuestion>> CheckAsync(
        IReadOnlyList<RawRow> rows, Func<IReadOnlyList<QuestionDraft>, Task<IReadOnlyList<TrainingDomain.UseCases.QuestionImportProblem>>> libraryCheck)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(libraryCheck);
        var errors = rows.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToList();
        var drafts = new List<QuestionDraft>();
        var draftRow = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            string Cell(int column) => row.Cells.Count > column ? (row.Cells[column] ?? string.Empty).Trim() : string.Empty;
            for (var c = 0; c < Columns.Count; c++)
            {
                if (Cell(c).StartsWith('='))
                {
                    errors[r][Columns[c]] = "Ô bắt đầu bằng dấu \"=\" (công thức Excel); hãy nhập nội dung dạng chữ.";
                }
            }

            var difficulty = Enum.GetValues<Difficulty>().Cast<Difficulty?>()
                .FirstOrDefault(d => string.Equals(AssessmentLabels.Of(d!.Value), Cell(Level), StringComparison.OrdinalIgnoreCase));
            if (difficulty is null)
            {
                errors[r].TryAdd(Columns[Level], Cell(Level).Length == 0
                    ? "Thiếu mức độ; ghi Dễ, Trung bình hoặc Khó."
                    : $"\"{Cell(Level)}\" không hợp lệ; ghi Dễ, Trung bình hoặc Khó.");
            }

            QuestionKind? kind = Cell(Kind).ToLower(People.Labels.Vietnamese) switch
            {
                "trắc nghiệm" => QuestionKind.MultipleChoice,
                "tự luận" => QuestionKind.Essay,
                _ => null,
            };
            if (kind is null)
            {
                errors[r].TryAdd(Columns[Kind], Cell(Kind).Length == 0
                    ? "Thiếu loại câu hỏi; ghi Trắc nghiệm hoặc Tự luận."
                    : $"\"{Cell(Kind)}\" không hợp lệ; ghi Trắc nghiệm hoặc Tự luận.");
            }

            if (difficulty is null || kind is null)
            {
                continue;
            }

            var options = Enumerable.Range(0, OptionCount)
                .Where(k => Cell(FirstOption + k).Length > 0)
                .Select(k => new AnswerOption(((char)('A' + k)).ToString(), Cell(FirstOption + k)))
                .ToList();
            drafts.Add(new QuestionDraft(
                Cell(Topic), difficulty.Value, kind.Value, Cell(Stem), kind == QuestionKind.Essay ? [] : options,
                Cell(Correct).Length == 0 ? null : Cell(Correct), Cell(Guide).Length == 0 ? null : Cell(Guide)));
            draftRow.Add(r);
        }

        foreach (var problem in await libraryCheck(drafts))
        {
            errors[draftRow[problem.Index]].TryAdd(ColumnOf(problem.Field), problem.Message);
        }

        return rows.Select((row, r) =>
        {
            var index = draftRow.IndexOf(r);
            return new CheckedQuestion(row, errors[r], errors[r].Count == 0 && index >= 0 ? drafts[index] : null);
        }).ToList();
    }

    private static string ColumnOf(string field) => field switch
    {
        QuestionFields.Topic => Columns[Topic],
        QuestionFields.Difficulty => Columns[Level],
        QuestionFields.Kind => Columns[Kind],
        QuestionFields.Stem => Columns[Stem],
        QuestionFields.Options => Columns[FirstOption],
        QuestionFields.CorrectKey => Columns[Correct],
        QuestionFields.MarkingGuide => Columns[Guide],
        _ => Columns[Stem],
    };
}

/// <summary>A checked row of a question file: its problems by column, and the question when it has none.</summary>
/// <param name="Raw">The row.</param>
/// <param name="Errors">The problems, by column name.</param>
/// <param name="Draft">The question, when the row has no problem.</param>
public sealed record CheckedQuestion(RawRow Raw, IReadOnlyDictionary<string, string> Errors, QuestionDraft? Draft);
