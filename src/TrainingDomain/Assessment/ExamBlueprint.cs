namespace TrainingDomain.Assessment;

/// <summary>
/// The blueprint of an exam set (bộ đề): how many multiple-choice questions each (topic × difficulty) cell gives, plus
/// an optional number of essay questions drawn from any topic.
/// </summary>
/// <example>
/// The test of DOMAIN.md §6, 90 multiple-choice questions and one essay:
/// <code>
/// var blueprint = new ExamBlueprint("NTD", [new("1", Difficulty.Easy, 30), new("2", Difficulty.Medium, 40), new("2", Difficulty.Hard, 20)], essayCount: 1);
/// </code>
/// </example>
public sealed class ExamBlueprint
{
    private readonly List<BlueprintCell> _cells = [];

    /// <summary>Creates a blueprint.</summary>
    /// <param name="programCode">The programme whose bank the paper is drawn from; required.</param>
    /// <param name="cells">The multiple-choice cells; each (topic, difficulty) at most once.</param>
    /// <param name="essayCount">How many essay questions; zero or more.</param>
    /// <exception cref="ArgumentException">When the code is blank, a cell repeats, or the blueprint asks for no question at all.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the essay count is negative.</exception>
    public ExamBlueprint(string programCode, IEnumerable<BlueprintCell> cells, int essayCount = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegative(essayCount);
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell, nameof(cells));
            if (_cells.Exists(c => c.Difficulty == cell.Difficulty && string.Equals(c.TopicCode, cell.TopicCode, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The cell (topic '{cell.TopicCode}', {cell.Difficulty}) appears more than once.", nameof(cells));
            }

            _cells.Add(cell);
        }

        if (_cells.Count == 0 && essayCount == 0)
        {
            throw new ArgumentException("A blueprint must ask for at least one question.", nameof(cells));
        }

        ProgramCode = programCode.Trim();
        EssayCount = essayCount;
    }

    // For EF Core.
    private ExamBlueprint()
    {
        ProgramCode = string.Empty;
    }

    /// <summary>The programme code.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The multiple-choice cells, in the order given.</summary>
    public IReadOnlyList<BlueprintCell> Cells => _cells.AsReadOnly();

    /// <summary>How many essay questions a paper takes.</summary>
    public int EssayCount { get; private set; }

    /// <summary>How many questions a paper has in all.</summary>
    public int QuestionCount => _cells.Sum(c => c.Count) + EssayCount;

    /// <summary>
    /// Where a bank falls short of this blueprint: one entry per cell (and one for essays) with fewer approved questions
    /// than asked for. Empty when the bank can satisfy the blueprint.
    /// </summary>
    /// <param name="bank">The bank.</param>
    /// <returns>The shortages, in blueprint order, essays last.</returns>
    /// <exception cref="ArgumentException">When the bank belongs to another programme.</exception>
    public IReadOnlyList<BlueprintShortage> ShortagesIn(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        if (!string.Equals(bank.ProgramCode, ProgramCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The bank is for programme '{bank.ProgramCode}', the blueprint for '{ProgramCode}'.", nameof(bank));
        }

        var shortages = new List<BlueprintShortage>();
        foreach (var cell in _cells)
        {
            var available = bank.ApprovedIn(cell.TopicCode, cell.Difficulty).Count;
            if (available < cell.Count)
            {
                shortages.Add(BlueprintShortage.ForCell(cell.TopicCode, cell.Difficulty, cell.Count, available));
            }
        }

        var essays = bank.Approved(QuestionKind.Essay).Count;
        if (essays < EssayCount)
        {
            shortages.Add(BlueprintShortage.ForEssays(EssayCount, essays));
        }

        return shortages;
    }
}
