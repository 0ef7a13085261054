namespace TrainingDomain.Assessment;

/// <summary>
/// One variant (mã đề) of a paper, e.g. "102": the same questions as its siblings in its own order, with its own option
/// order, and its answer key. Multiple-choice questions come first, essays last.
/// </summary>
public sealed class PaperVariant
{
    private readonly List<PaperItem> _items = [];

    internal PaperVariant(string code, IEnumerable<PaperItem> items)
    {
        Code = code;
        _items.AddRange(items);
    }

    // For EF Core.
    private PaperVariant()
    {
        Code = string.Empty;
    }

    /// <summary>The variant code printed on the paper, e.g. "101".</summary>
    public string Code { get; private set; }

    /// <summary>The questions, by number.</summary>
    public IReadOnlyList<PaperItem> Items => _items.AsReadOnly();

    /// <summary>The answer key (đáp án): question number → correct key, for the multiple-choice questions.</summary>
    public IReadOnlyDictionary<int, string> AnswerKey =>
        _items.Where(i => i.CorrectKey is not null).ToDictionary(i => i.Number, i => i.CorrectKey!);
}
