namespace TrainingDomain.Assessment;

/// <summary>The question bank (ngân hàng câu hỏi) of one programme: every question ever added, whatever its status.</summary>
public sealed class QuestionBank
{
    private readonly List<Question> _questions = [];

    /// <summary>Creates an empty bank.</summary>
    /// <param name="programCode">The programme code, e.g. <c>NTD</c>; required.</param>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public QuestionBank(string programCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ProgramCode = programCode.Trim();
    }

    // For EF Core.
    private QuestionBank()
    {
        ProgramCode = string.Empty;
    }

    /// <summary>The programme code.</summary>
    public string ProgramCode { get; private set; }

    /// <summary>The questions, in the order they were added.</summary>
    public IReadOnlyCollection<Question> Questions => _questions.AsReadOnly();

    /// <summary>Adds a question.</summary>
    /// <param name="question">The question; it must belong to this bank's programme.</param>
    /// <exception cref="ArgumentNullException">When the question is null.</exception>
    /// <exception cref="ArgumentException">When the question belongs to another programme.</exception>
    /// <exception cref="DomainRuleException"><c>QuestionBank.Duplicate</c> when a question with the same id is already in the bank.</exception>
    public void Add(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!string.Equals(question.ProgramCode, ProgramCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"The question belongs to programme '{question.ProgramCode}', not to this bank's programme '{ProgramCode}'.", nameof(question));
        }

        if (_questions.Exists(q => q.Id == question.Id))
        {
            throw new DomainRuleException("QuestionBank.Duplicate", $"Câu hỏi {question.Id} đã có trong ngân hàng câu hỏi chương trình {ProgramCode}.");
        }

        _questions.Add(question);
    }

    /// <summary>The question with an id, or <c>null</c>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The question, or <c>null</c>.</returns>
    public Question? Find(Guid id) => _questions.Find(q => q.Id == id);

    /// <summary>The approved questions of one kind, in the order they were added.</summary>
    /// <param name="kind">Multiple choice or essay.</param>
    /// <returns>The questions.</returns>
    public IReadOnlyList<Question> Approved(QuestionKind kind) =>
        _questions.Where(q => q.Status == QuestionStatus.Approved && q.Kind == kind).ToList();

    /// <summary>The approved multiple-choice questions of one blueprint cell.</summary>
    /// <param name="topicCode">The topic code (compared ignoring case).</param>
    /// <param name="difficulty">The difficulty.</param>
    /// <returns>The questions, in the order they were added.</returns>
    public IReadOnlyList<Question> ApprovedIn(string topicCode, Difficulty difficulty) =>
        _questions.Where(q => q.Status == QuestionStatus.Approved
                && q.Kind == QuestionKind.MultipleChoice
                && q.Difficulty == difficulty
                && string.Equals(q.TopicCode, topicCode, StringComparison.OrdinalIgnoreCase))
            .ToList();
}
