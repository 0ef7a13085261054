namespace TrainingDomain.Assessment;

/// <summary>
/// A paper (đề thi) drawn for a centre from a programme's bank by <see cref="ExamPaperGenerator"/>: the questions drawn,
/// its numbered variants (mã đề), the seed that reproduces it and how many questions it reuses from the centre's
/// recent papers.
/// </summary>
public sealed class ExamPaper
{
    private readonly List<Guid> _questionIds = [];
    private readonly List<PaperVariant> _variants = [];

    internal ExamPaper(
        string programCode, string centreCode, long seed, Instant generatedAt, IEnumerable<Guid> questionIds, int reusedCount, IEnumerable<PaperVariant> variants)
    {
        ProgramCode = programCode;
        CentreCode = centreCode;
        Seed = seed;
        GeneratedAt = generatedAt;
        _questionIds.AddRange(questionIds);
        ReusedQuestionCount = reusedCount;
        _variants.AddRange(variants);
    }

    // For EF Core.
    private ExamPaper()
    {
        ProgramCode = string.Empty;
        CentreCode = string.Empty;
    }

    /// <summary>The programme code.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The code of the centre the paper was drawn for.</summary>
    public string CentreCode { get; private set; }

    /// <summary>The seed: the same bank, blueprint, history and seed give the same paper.</summary>
    public long Seed { get; private set; }

    /// <summary>When the paper was drawn.</summary>
    public Instant GeneratedAt { get; private set; }

    /// <summary>The ids of the questions drawn, in blueprint order (every variant has exactly these).</summary>
    public IReadOnlyList<Guid> QuestionIds => _questionIds.AsReadOnly();

    /// <summary>
    /// How many drawn questions were also in the centre's recent papers: zero unless the bank had too few fresh
    /// questions in some cell.
    /// </summary>
    public int ReusedQuestionCount { get; private set; }

    /// <summary>The variants, in code order (101, 102, ...).</summary>
    public IReadOnlyList<PaperVariant> Variants => _variants.AsReadOnly();

    /// <summary>The variant with a code, or <c>null</c>.</summary>
    /// <param name="code">The code, e.g. "102".</param>
    /// <returns>The variant, or <c>null</c>.</returns>
    public PaperVariant? Variant(string code) => _variants.Find(v => v.Code == code?.Trim());
}
