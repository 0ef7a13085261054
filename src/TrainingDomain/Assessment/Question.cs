namespace TrainingDomain.Assessment;

/// <summary>
/// A question in a programme's question bank (ngân hàng câu hỏi): its topic (chuyên đề), difficulty, form (multiple
/// choice with exactly one correct key, or essay with a marking guide), status and version.
/// </summary>
/// <remarks>
/// <para>Status moves Draft → Approved → Retired; only approved questions are drawn into papers.</para>
/// <para>
/// Versioning: revising a draft changes it in place and keeps its version (nobody has used it yet). Revising an
/// approved question raises its version by one and returns it to draft, so the new wording must be approved again
/// before it is drawn. Papers already generated keep a copy of the wording and the version they used, so they stay as
/// they were printed. A retired question cannot be revised.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var q = Question.MultipleChoice(id, "NTD", "2", Difficulty.Hard, "Đảng Cộng sản Việt Nam được thành lập năm nào?",
///     [new("A", "1925"), new("B", "1930"), new("C", "1945")], correctKey: "B");
/// q.Approve();                                       // Approved, version 1
/// q.ReviseMultipleChoice(q.Stem, q.Options, "B");    // Draft, version 2
/// </code>
/// </example>
public sealed class Question
{
    private readonly List<AnswerOption> _options = [];

    private Question(Guid id, string programCode, string topicCode, Difficulty difficulty, QuestionKind kind)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A question needs a non-empty id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        if (!Enum.IsDefined(difficulty))
        {
            throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "Not a defined difficulty.");
        }

        Id = id;
        ProgramCode = programCode.Trim();
        TopicCode = topicCode.Trim();
        Difficulty = difficulty;
        Kind = kind;
        Stem = string.Empty;
        Status = QuestionStatus.Draft;
        Version = 1;
    }

    // For EF Core.
    private Question()
    {
        ProgramCode = string.Empty;
        TopicCode = string.Empty;
        Stem = string.Empty;
    }

    /// <summary>The question's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The code of the programme whose bank holds the question, e.g. <c>NTD</c>.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The code of the topic (chuyên đề) the question tests.</summary>
    public string TopicCode { get; private set; }

    /// <summary>Easy, medium or hard.</summary>
    public Difficulty Difficulty { get; private set; }

    /// <summary>Multiple choice or essay.</summary>
    public QuestionKind Kind { get; private set; }

    /// <summary>The question's text.</summary>
    public string Stem { get; private set; }

    /// <summary>The options of a multiple-choice question, in authoring order; empty for an essay.</summary>
    public IReadOnlyList<AnswerOption> Options => _options.AsReadOnly();

    /// <summary>The key of the correct option of a multiple-choice question; <c>null</c> for an essay.</summary>
    public string? CorrectKey { get; private set; }

    /// <summary>The marking guide (đáp án, hướng dẫn chấm) of an essay; <c>null</c> for multiple choice.</summary>
    public string? MarkingGuide { get; private set; }

    /// <summary>Draft, approved or retired.</summary>
    public QuestionStatus Status { get; private set; }

    /// <summary>The version of the wording, from 1; raised when an approved question is revised.</summary>
    public int Version { get; private set; }

    /// <summary>Creates a multiple-choice question, in draft, version 1.</summary>
    /// <param name="id">The question's id; not empty.</param>
    /// <param name="programCode">The programme code; required.</param>
    /// <param name="topicCode">The topic code; required.</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <param name="stem">The question's text; required.</param>
    /// <param name="options">At least two options with distinct keys (compared ignoring case).</param>
    /// <param name="correctKey">The key of the one correct option; must be one of the options' keys.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">When a text is blank, there are fewer than two options, keys repeat or the correct key is not an option.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the difficulty is not a defined value.</exception>
    public static Question MultipleChoice(
        Guid id, string programCode, string topicCode, Difficulty difficulty, string stem, IEnumerable<AnswerOption> options, string correctKey)
    {
        var question = new Question(id, programCode, topicCode, difficulty, QuestionKind.MultipleChoice);
        question.SetMultipleChoice(stem, options, correctKey);
        return question;
    }

    /// <summary>Creates an essay question, in draft, version 1.</summary>
    /// <param name="id">The question's id; not empty.</param>
    /// <param name="programCode">The programme code; required.</param>
    /// <param name="topicCode">The topic code; required.</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <param name="stem">The question's text; required.</param>
    /// <param name="markingGuide">How answers are marked; required.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">When a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the difficulty is not a defined value.</exception>
    public static Question Essay(Guid id, string programCode, string topicCode, Difficulty difficulty, string stem, string markingGuide)
    {
        var question = new Question(id, programCode, topicCode, difficulty, QuestionKind.Essay);
        question.SetEssay(stem, markingGuide);
        return question;
    }

    /// <summary>Approves a draft, so it may be drawn into papers.</summary>
    /// <exception cref="DomainRuleException"><c>Question.NotDraft</c> when the question is approved or retired.</exception>
    public void Approve()
    {
        if (Status != QuestionStatus.Draft)
        {
            throw Refused("Question.NotDraft", $"chỉ câu hỏi ở trạng thái «{AssessmentLabels.Of(QuestionStatus.Draft)}» mới được duyệt");
        }

        Status = QuestionStatus.Approved;
    }

    /// <summary>Retires an approved question: it stays in the bank for the record but is never drawn again.</summary>
    /// <exception cref="DomainRuleException"><c>Question.NotApproved</c> when the question is a draft or already retired.</exception>
    public void Retire()
    {
        if (Status != QuestionStatus.Approved)
        {
            throw Refused("Question.NotApproved", $"chỉ câu hỏi ở trạng thái «{AssessmentLabels.Of(QuestionStatus.Approved)}» mới được ngừng sử dụng");
        }

        Status = QuestionStatus.Retired;
    }

    /// <summary>
    /// Rewrites a multiple-choice question. A draft is changed in place; an approved question gets the next version and
    /// returns to draft (see the type's remarks).
    /// </summary>
    /// <param name="stem">The new text; required.</param>
    /// <param name="options">At least two options with distinct keys.</param>
    /// <param name="correctKey">The key of the one correct option.</param>
    /// <exception cref="ArgumentException">As for <see cref="MultipleChoice"/>.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Question.Retired</c> when the question is retired; <c>Question.WrongKind</c> when it is an essay.
    /// </exception>
    public void ReviseMultipleChoice(string stem, IEnumerable<AnswerOption> options, string correctKey)
    {
        EnsureRevisable(QuestionKind.MultipleChoice);
        var wasApproved = Status == QuestionStatus.Approved;
        SetMultipleChoice(stem, options, correctKey);
        NewDraftIf(wasApproved);
    }

    /// <summary>
    /// Rewrites an essay question. A draft is changed in place; an approved question gets the next version and returns
    /// to draft (see the type's remarks).
    /// </summary>
    /// <param name="stem">The new text; required.</param>
    /// <param name="markingGuide">The new marking guide; required.</param>
    /// <exception cref="ArgumentException">When a text is blank.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Question.Retired</c> when the question is retired; <c>Question.WrongKind</c> when it is multiple choice.
    /// </exception>
    public void ReviseEssay(string stem, string markingGuide)
    {
        EnsureRevisable(QuestionKind.Essay);
        var wasApproved = Status == QuestionStatus.Approved;
        SetEssay(stem, markingGuide);
        NewDraftIf(wasApproved);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{ProgramCode}/{TopicCode}/{AssessmentLabels.Of(Difficulty)} v{Version} ({AssessmentLabels.Of(Status)}): {Stem}";

    private void EnsureRevisable(QuestionKind kind)
    {
        if (Status == QuestionStatus.Retired)
        {
            throw Refused("Question.Retired", "câu hỏi đã ngừng sử dụng không được sửa");
        }

        if (Kind != kind)
        {
            throw new DomainRuleException(
                "Question.WrongKind",
                $"Câu hỏi {Id} là câu {AssessmentLabels.Of(Kind)}; không thể sửa thành câu {AssessmentLabels.Of(kind)}.");
        }
    }

    private void NewDraftIf(bool wasApproved)
    {
        if (wasApproved)
        {
            Version++;
            Status = QuestionStatus.Draft;
        }
    }

    private void SetMultipleChoice(string stem, IEnumerable<AnswerOption> options, string correctKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctKey);
        var list = options.ToList();
        if (list.Count < 2)
        {
            throw new ArgumentException($"A multiple-choice question needs at least two options; got {list.Count}.", nameof(options));
        }

        if (list.Any(o => o is null))
        {
            throw new ArgumentException("An option is null.", nameof(options));
        }

        var repeated = list.GroupBy(o => o.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Option key '{repeated.Key}' appears more than once.", nameof(options));
        }

        var correct = list.Find(o => string.Equals(o.Key, correctKey.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"The correct key '{correctKey}' is not one of the options' keys ({string.Join(", ", list.Select(o => o.Key))}).", nameof(correctKey));
        Stem = stem.Trim();
        _options.Clear();
        _options.AddRange(list);
        CorrectKey = correct.Key;
        MarkingGuide = null;
    }

    private void SetEssay(string stem, string markingGuide)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        ArgumentException.ThrowIfNullOrWhiteSpace(markingGuide);
        Stem = stem.Trim();
        MarkingGuide = markingGuide.Trim();
    }

    private DomainRuleException Refused(string ruleId, string why) =>
        new(ruleId, $"Câu hỏi {Id} (phiên bản {Version}) đang ở trạng thái «{AssessmentLabels.Of(Status)}»: {why}.");
}
