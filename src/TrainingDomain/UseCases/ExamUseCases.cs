using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;

namespace TrainingDomain.UseCases;

/// <summary>
/// Exam sets (bộ đề) as use cases: a programme's question bank (add, revise, approve, retire, import a list all or
/// nothing), its blueprint (ma trận đề) with the shortages of approved questions, papers drawn for a centre from a seed,
/// and reading a paper's answer key. Each call is one transaction; every refusal is a <see cref="DomainRuleException"/>
/// with a rule id and a Vietnamese message; every change, and every read of an answer key, is an audit entry.
/// </summary>
/// <remarks>
/// <para>
/// The bank and the blueprints are province-wide (their audit entries carry no centre); a paper belongs to the centre it
/// was drawn for. Who may read answer keys is <see cref="TrainingPolicies.AnswerKeys"/> (an assumed default); who may
/// edit the bank or draw a centre's papers is the host's decision (the portal's <c>CenterAccess</c>).
/// </para>
/// <para>
/// Pass the <see cref="QuestionForEdit.Revision"/> the user's page was built from as <c>expectedRevision</c>: a question
/// changed since (approved, revised, retired by someone else) is refused with <c>Data.Changed</c> instead of being
/// changed on the strength of a stale page.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var exams = new ExamUseCases(db, SystemClock.Instance);
/// var id = await exams.AddQuestionAsync("NTD", QuestionDraft.Essay("NTD-01", Difficulty.Medium, "Trình bày ...", "Nêu đủ 3 ý ..."), "admin@btg");
/// await exams.ApproveQuestionAsync(id, "admin@btg");
/// var paper = await exams.GeneratePaperAsync(new GeneratePaper("TTCT-293", "NTD", seed: 2018, variantCount: 4), "canbo@ttct");
/// </code>
/// </example>
public sealed class ExamUseCases
{
    /// <summary>Rule id: no question has the id.</summary>
    public const string QuestionNotFound = "Question.NotFound";

    /// <summary>Rule id: a question's fields are not valid (the message names each field).</summary>
    public const string InvalidQuestion = "Question.Invalid";

    /// <summary>Rule id: the bank already has a question with the same text (compared by <see cref="QuestionStem.Normalize"/>).</summary>
    public const string DuplicateStem = "Question.DuplicateStem";

    /// <summary>Rule id: a revision tried to change the topic, difficulty or kind of a question.</summary>
    public const string Reclassified = "Question.Reclassified";

    /// <summary>Rule id: retiring a question needs a reason.</summary>
    public const string ReasonRequired = "Question.ReasonRequired";

    /// <summary>Rule id: an import list had problems; nothing was written.</summary>
    public const string ImportRefused = "Question.ImportRefused";

    /// <summary>Rule id: the programme has no blueprint.</summary>
    public const string BlueprintNotFound = "Exam.BlueprintNotFound";

    /// <summary>Rule id: no paper has the id, or the paper has no variant with the code.</summary>
    public const string PaperNotFound = "Exam.PaperNotFound";

    /// <summary>Rule id: the reader's roles may not read answer keys (<see cref="TrainingPolicies.AnswerKeys"/>).</summary>
    public const string KeyNotAllowed = "Exam.KeyNotAllowed";

    /// <summary>Rule id: the number of variants is outside 1 to <see cref="GeneratePaper.MaxVariants"/>.</summary>
    public const string VariantCountOutOfRange = "Exam.VariantCount";

    /// <summary>Rule id: the programme is not in the catalogue, or the topic not one of the programme's topics.</summary>
    public const string UnknownProgram = "Programs.Unknown";

    private const string QuestionEntity = "Question";
    private const string BlueprintEntity = "ExamBlueprint";
    private const string PaperEntity = "ExamPaper";

    private readonly UseCaseRunner _run;

    /// <summary>Creates the use cases over a context.</summary>
    /// <param name="db">The context (one per request or unit of work).</param>
    /// <param name="clock">The clock audit times and paper dates come from.</param>
    /// <param name="policies">The policies; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public ExamUseCases(TrainingDbContext db, IClock clock, TrainingPolicies? policies = null)
    {
        _run = new UseCaseRunner(db, clock, policies);
    }

    private TrainingDbContext Db => _run.Db;

    /// <summary>Adds a question to a programme's bank, in draft.</summary>
    /// <param name="programCode">The programme, e.g. <c>NTD</c>.</param>
    /// <param name="draft">The question.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new question's id.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Programs.Unknown</c>; <c>Question.Invalid</c> naming every bad field; <c>Question.DuplicateStem</c> when a
    /// draft or approved question of the programme has the same text.
    /// </exception>
    public Task<Guid> AddQuestionAsync(string programCode, QuestionDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var program = ProgramOf(programCode);
            EnsureValid(program, draft);
            var duplicate = (await BankStemsAsync(program.Code, ct)).GetValueOrDefault(QuestionStem.Normalize(draft.Stem));
            if (duplicate is not null)
            {
                throw Duplicate(program.Code, duplicate);
            }

            var question = draft.ToQuestion(Guid.NewGuid(), program.Code);
            Db.Questions.Add(question);
            _run.Audit(actor, "Question.Added", QuestionEntity, question.Id.ToString(), null, null, Describe(question));
            return question.Id;
        }, cancellationToken);
    }

    /// <summary>Reads a question with the revision an edit page sends back.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The question and its revision.</returns>
    /// <exception cref="DomainRuleException"><c>Question.NotFound</c>.</exception>
    public async Task<QuestionForEdit> FindQuestionAsync(Guid questionId, CancellationToken cancellationToken = default)
    {
        var found = await Db.Questions.AsNoTracking()
            .Where(q => q.Id == questionId)
            .Select(q => new { Question = q, Revision = EF.Property<int>(q, QuestionConfiguration.RevisionName) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? throw NotFound(questionId) : new QuestionForEdit(found.Question, found.Revision);
    }

    /// <summary>
    /// Rewrites a question's text, options and key (or marking guide). A draft changes in place; an approved question
    /// gets its next version and returns to draft (see <see cref="Question"/>). Topic, difficulty and kind cannot change.
    /// </summary>
    /// <param name="questionId">The question.</param>
    /// <param name="draft">The new wording (its topic, difficulty and kind must be the question's).</param>
    /// <param name="actor">Who revises.</param>
    /// <param name="expectedRevision">The revision the user's page was built from, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The question's new version.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Question.NotFound</c>; <c>Data.Changed</c> when the question changed since <paramref name="expectedRevision"/>;
    /// <c>Question.Invalid</c>; <c>Question.Reclassified</c>; <c>Question.DuplicateStem</c>; <c>Question.Retired</c>.
    /// </exception>
    public Task<int> ReviseQuestionAsync(Guid questionId, QuestionDraft draft, string actor, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var question = await LoadAsync(questionId, expectedRevision, ct);
            var program = ProgramOf(question.ProgramCode);
            EnsureValid(program, draft);
            if (draft.Kind != question.Kind
                || draft.Difficulty != question.Difficulty
                || !string.Equals(draft.TopicCode?.Trim(), question.TopicCode, StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainRuleException(
                    Reclassified,
                    $"Không đổi được chuyên đề, mức độ hay loại của câu hỏi đã có (chuyên đề {question.TopicCode}, mức {AssessmentLabels.Of(question.Difficulty)}, " +
                    $"câu {AssessmentLabels.Of(question.Kind)}); hãy ngừng sử dụng câu này và thêm câu mới.");
            }

            var duplicate = (await BankStemsAsync(program.Code, ct)).GetValueOrDefault(QuestionStem.Normalize(draft.Stem));
            if (duplicate is not null && duplicate.Id != question.Id)
            {
                throw Duplicate(program.Code, duplicate);
            }

            var before = $"v{question.Version} {AssessmentLabels.Of(question.Status)}";
            if (question.Kind == QuestionKind.Essay)
            {
                question.ReviseEssay(draft.Stem!, draft.MarkingGuide!);
            }
            else
            {
                question.ReviseMultipleChoice(draft.Stem!, draft.Options, draft.CorrectKey!);
            }

            _run.Audit(actor, "Question.Revised", QuestionEntity, question.Id.ToString(), null, before, Describe(question));
            return question.Version;
        }, cancellationToken);
    }

    /// <summary>Approves a draft question, so papers may draw it.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="actor">Who approves.</param>
    /// <param name="expectedRevision">The revision the user's page was built from, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException"><c>Question.NotFound</c>; <c>Data.Changed</c>; <c>Question.NotDraft</c>.</exception>
    public Task ApproveQuestionAsync(Guid questionId, string actor, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var question = await LoadAsync(questionId, expectedRevision, ct);
            question.Approve();
            _run.Audit(actor, "Question.Approved", QuestionEntity, question.Id.ToString(), null,
                nameof(QuestionStatus.Draft), $"{question.Status} v{question.Version}");
            return true;
        }, cancellationToken);
    }

    /// <summary>Retires an approved question with a reason: it stays in the bank but is never drawn again.</summary>
    /// <param name="questionId">The question.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="actor">Who retires it.</param>
    /// <param name="expectedRevision">The revision the user's page was built from, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Question.ReasonRequired</c>; <c>Question.NotFound</c>; <c>Data.Changed</c>; <c>Question.NotApproved</c>.
    /// </exception>
    public Task RetireQuestionAsync(Guid questionId, string reason, string actor, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainRuleException(ReasonRequired, "Cần ghi lý do ngừng sử dụng câu hỏi.");
            }

            var question = await LoadAsync(questionId, expectedRevision, ct);
            question.Retire();
            _run.Audit(actor, "Question.Retired", QuestionEntity, question.Id.ToString(), null,
                nameof(QuestionStatus.Approved), question.Status.ToString(), reason.Trim());
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Checks a list of questions to import without writing anything: every row's fields, and duplicates by normalised
    /// text within the list (the later row is reported) and against the programme's draft and approved questions.
    /// </summary>
    /// <param name="programCode">The programme.</param>
    /// <param name="rows">The questions, in file order.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The problems, by row then field; empty when the list can be imported.</returns>
    /// <exception cref="DomainRuleException"><c>Programs.Unknown</c>.</exception>
    public async Task<IReadOnlyList<QuestionImportProblem>> CheckImportAsync(
        string programCode, IReadOnlyList<QuestionDraft> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var program = ProgramOf(programCode);
        return Check(program, rows, await BankStemsAsync(program.Code, cancellationToken));
    }

    /// <summary>
    /// Imports a list of questions, in draft, all or nothing: when <see cref="CheckImportAsync"/> finds any problem the
    /// call is refused and nothing is written. One audit entry per question.
    /// </summary>
    /// <param name="programCode">The programme.</param>
    /// <param name="rows">The questions, in file order; at least one.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new questions' ids, in row order.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Programs.Unknown</c>; <c>Question.ImportRefused</c>, whose message names each bad row (numbered from 1) and field.
    /// </exception>
    public Task<IReadOnlyList<Guid>> ImportQuestionsAsync(
        string programCode, IReadOnlyList<QuestionDraft> rows, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync<IReadOnlyList<Guid>>(async ct =>
        {
            var program = ProgramOf(programCode);
            if (rows.Count == 0)
            {
                throw new DomainRuleException(ImportRefused, "Danh sách câu hỏi trống; không có gì để nhập.");
            }

            var problems = Check(program, rows, await BankStemsAsync(program.Code, ct));
            if (problems.Count > 0)
            {
                throw new DomainRuleException(
                    ImportRefused,
                    $"Không nhập câu hỏi nào vì {problems.Select(p => p.Index).Distinct().Count()} dòng có lỗi: " +
                    string.Join("; ", problems.Take(20).Select(p => $"dòng {p.Index + 1}: {p.Message}")) +
                    (problems.Count > 20 ? $"; và {problems.Count - 20} lỗi khác." : "."));
            }

            var ids = new List<Guid>(rows.Count);
            foreach (var row in rows)
            {
                var question = row.ToQuestion(Guid.NewGuid(), program.Code);
                Db.Questions.Add(question);
                _run.Audit(actor, "Question.Imported", QuestionEntity, question.Id.ToString(), null, null, Describe(question));
                ids.Add(question.Id);
            }

            return ids;
        }, cancellationToken);
    }

    /// <summary>A programme's blueprint with the shortages of the bank's approved questions, or <c>null</c> when it has none.</summary>
    /// <param name="programCode">The programme.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report, or <c>null</c>.</returns>
    /// <exception cref="DomainRuleException"><c>Programs.Unknown</c>.</exception>
    public async Task<BlueprintReport?> BlueprintOfAsync(string programCode, CancellationToken cancellationToken = default)
    {
        var program = ProgramOf(programCode);
        var blueprint = await Db.ExamBlueprints.AsNoTracking().FirstOrDefaultAsync(b => b.ProgramCode == program.Code, cancellationToken);
        return blueprint is null ? null : new BlueprintReport(blueprint, blueprint.ShortagesIn(await BankAsync(program.Code, cancellationToken)));
    }

    /// <summary>
    /// Saves a programme's blueprint, replacing the one it had, and reports where the bank's approved questions fall
    /// short of it (a blueprint the bank cannot fill yet is saved all the same: questions may be approved later).
    /// </summary>
    /// <param name="blueprint">The blueprint.</param>
    /// <param name="actor">Who saves it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The saved blueprint and its shortages.</returns>
    /// <exception cref="DomainRuleException"><c>Programs.Unknown</c> for an unknown programme or a topic not of the programme.</exception>
    public Task<BlueprintReport> SaveBlueprintAsync(ExamBlueprint blueprint, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var program = ProgramOf(blueprint.ProgramCode);
            foreach (var cell in blueprint.Cells)
            {
                EnsureTopic(program, cell.TopicCode);
            }

            var stored = new ExamBlueprint(program.Code, blueprint.Cells, blueprint.EssayCount);
            var old = await Db.ExamBlueprints.Where(b => b.ProgramCode == program.Code).ToListAsync(ct);
            Db.ExamBlueprints.RemoveRange(old);
            Db.ExamBlueprints.Add(stored);
            _run.Audit(actor, "ExamBlueprint.Saved", BlueprintEntity, program.Code, null,
                old.Count == 0 ? null : Describe(old[0]), Describe(stored));
            return new BlueprintReport(stored, stored.ShortagesIn(await BankAsync(program.Code, ct)));
        }, cancellationToken);
    }

    /// <summary>
    /// Draws and stores a paper for a centre from the programme's blueprint and approved questions, reproducibly from
    /// the seed, avoiding the questions of the centre's recent papers (<see cref="TrainingPolicies.Papers"/>).
    /// </summary>
    /// <param name="command">The centre, programme, seed and number of variants.</param>
    /// <param name="actor">Who draws it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored paper.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Center.NotFound</c>; <c>Programs.Unknown</c>; <c>Exam.VariantCount</c>; <c>Exam.BlueprintNotFound</c>;
    /// <c>Exam.BankTooSmall</c> naming every short cell. Nothing is written when refused.
    /// </exception>
    public Task<StoredPaper> GeneratePaperAsync(GeneratePaper command, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var centerId = command.CenterId?.Trim() ?? string.Empty;
            var center = await Db.TrainingCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct)
                         ?? throw new DomainRuleException(ClassUseCases.CenterNotFound, $"Không có trung tâm mã '{command.CenterId}'.");
            var program = ProgramOf(command.ProgramCode);
            if (command.VariantCount is < 1 or > GeneratePaper.MaxVariants)
            {
                throw new DomainRuleException(VariantCountOutOfRange, $"Số mã đề phải từ 1 đến {GeneratePaper.MaxVariants}; đã nhập {command.VariantCount}.");
            }

            var blueprint = await Db.ExamBlueprints.AsNoTracking().FirstOrDefaultAsync(b => b.ProgramCode == program.Code, ct)
                            ?? throw new DomainRuleException(BlueprintNotFound, $"Chương trình {program.Code} chưa có ma trận đề; hãy lập ma trận đề trước khi tạo đề.");
            var bank = await BankAsync(program.Code, ct);
            var recent = await Db.ExamPapers.AsNoTracking()
                .Where(p => p.CentreCode == center.Id && p.ProgramCode == program.Code)
                .OrderByDescending(p => p.GeneratedAt)
                .Take(Math.Max(_run.Policies.Papers.RecentPapersToAvoid, 1))
                .ToListAsync(ct);
            var paper = new ExamPaperGenerator(_run.Policies.Papers).Generate(bank, blueprint, center.Id, command.Seed, command.VariantCount, _run.Now, recent);
            Db.ExamPapers.Add(paper);
            var entry = Db.Entry(paper);
            entry.Property(ExamPaperConfiguration.CenterIdName).CurrentValue = center.Id;
            var id = entry.Property<Guid>(ExamPaperConfiguration.IdName).CurrentValue;
            _run.Audit(actor, "ExamPaper.Generated", PaperEntity, id.ToString(), center.Id, null,
                $"{program.Code}, hạt giống {command.Seed.ToString(CultureInfo.InvariantCulture)}, mã đề {string.Join(", ", paper.Variants.Select(v => v.Code))}");
            return new StoredPaper(id, center.Id, paper);
        }, cancellationToken);
    }

    /// <summary>Reads a stored paper (its variants carry their keys: a host must not show them to someone the key policy refuses).</summary>
    /// <param name="paperId">The paper.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The paper.</returns>
    /// <exception cref="DomainRuleException"><c>Exam.PaperNotFound</c>.</exception>
    public async Task<StoredPaper> FindPaperAsync(Guid paperId, CancellationToken cancellationToken = default)
    {
        var found = await Db.ExamPapers.AsNoTracking()
            .Where(p => EF.Property<Guid>(p, ExamPaperConfiguration.IdName) == paperId)
            .Select(p => new { Paper = p, CenterId = EF.Property<string>(p, ExamPaperConfiguration.CenterIdName) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? throw new DomainRuleException(PaperNotFound, $"Không có đề thi mã {paperId}.")
            : new StoredPaper(paperId, found.CenterId, found.Paper);
    }

    /// <summary>
    /// Reads the answer key of one variant of a paper, for someone whose roles the key policy allows, and records the
    /// read in the audit trail (who, which paper, which variant) in the same transaction: a key is never shown unrecorded.
    /// </summary>
    /// <param name="paperId">The paper.</param>
    /// <param name="variantCode">The variant, e.g. "101".</param>
    /// <param name="reader">Who reads, with their roles.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The paper and the variant.</returns>
    /// <exception cref="DomainRuleException">
    /// <c>Exam.KeyNotAllowed</c> when no role of the reader is allowed (nothing is recorded); <c>Exam.PaperNotFound</c>
    /// for an unknown paper or variant.
    /// </exception>
    public Task<AnswerKeyRead> ReadAnswerKeyAsync(Guid paperId, string variantCode, KeyReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(reader.Actor);
        return _run.RunAsync(async ct =>
        {
            if (!_run.Policies.AnswerKeys.Allows(reader.Roles))
            {
                throw new DomainRuleException(KeyNotAllowed, "Tài khoản của bạn không được xem đáp án đề thi.");
            }

            var stored = await FindPaperAsync(paperId, ct);
            var variant = stored.Paper.Variant(variantCode)
                          ?? throw new DomainRuleException(PaperNotFound, $"Đề thi {paperId} không có mã đề '{variantCode}'.");
            _run.Audit(reader.Actor, "ExamPaper.KeyRead", PaperEntity, paperId.ToString(), stored.CenterId, null, $"Mã đề {variant.Code}");
            return new AnswerKeyRead(paperId, stored.CenterId, stored.Paper, variant);
        }, cancellationToken);
    }

    private static IReadOnlyList<QuestionImportProblem> Check(Programs.Program program, IReadOnlyList<QuestionDraft> rows, Dictionary<string, Question> bank)
    {
        var problems = new List<QuestionImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            problems.AddRange(ProblemsOf(program, row).Select(p => new QuestionImportProblem(i, p.Field, p.Message)));
            var stem = QuestionStem.Normalize(row.Stem);
            if (stem.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(stem, out var first))
            {
                problems.Add(new QuestionImportProblem(i, QuestionFields.Stem, $"Trùng nội dung với dòng {first + 1} của danh sách."));
            }
            else
            {
                seen[stem] = i;
                if (bank.TryGetValue(stem, out var existing))
                {
                    problems.Add(new QuestionImportProblem(i, QuestionFields.Stem, Duplicate(program.Code, existing).Message));
                }
            }
        }

        return problems;
    }

    private static List<FieldProblem> ProblemsOf(Programs.Program program, QuestionDraft draft)
    {
        var problems = draft.Problems().ToList();
        if (!string.IsNullOrWhiteSpace(draft.TopicCode) && program.Topics.Count > 0
            && !program.Topics.Any(t => string.Equals(t.Code, draft.TopicCode.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Insert(0, new FieldProblem(QuestionFields.Topic,
                $"Chương trình {program.Code} không có chuyên đề '{draft.TopicCode.Trim()}' (có: {string.Join(", ", program.Topics.Select(t => t.Code))})."));
        }

        return problems;
    }

    private static void EnsureValid(Programs.Program program, QuestionDraft draft)
    {
        var problems = ProblemsOf(program, draft);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(InvalidQuestion, string.Join(" ", problems.Select(p => p.Message)));
        }
    }

    private static void EnsureTopic(Programs.Program program, string topicCode)
    {
        if (program.Topics.Count > 0 && !program.Topics.Any(t => string.Equals(t.Code, topicCode, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException(UnknownProgram, $"Chương trình {program.Code} không có chuyên đề '{topicCode}'.");
        }
    }

    // The draft and approved questions of a programme by normalised text; retired questions may be written again.
    private async Task<Dictionary<string, Question>> BankStemsAsync(string programCode, CancellationToken cancellationToken)
    {
        var questions = await Db.Questions.AsNoTracking()
            .Where(q => q.ProgramCode == programCode && q.Status != QuestionStatus.Retired)
            .OrderBy(q => q.Id)
            .ToListAsync(cancellationToken);
        var byStem = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            byStem.TryAdd(QuestionStem.Normalize(question.Stem), question);
        }

        return byStem;
    }

    private async Task<QuestionBank> BankAsync(string programCode, CancellationToken cancellationToken)
    {
        var bank = new QuestionBank(programCode);
        foreach (var question in await Db.Questions.AsNoTracking().Where(q => q.ProgramCode == programCode).OrderBy(q => q.Id).ToListAsync(cancellationToken))
        {
            bank.Add(question);
        }

        return bank;
    }

    private async Task<Question> LoadAsync(Guid questionId, int? expectedRevision, CancellationToken cancellationToken)
    {
        var question = await Db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken) ?? throw NotFound(questionId);
        if (expectedRevision is { } expected && Db.Entry(question).Property<int>(QuestionConfiguration.RevisionName).OriginalValue != expected)
        {
            throw new DomainRuleException(
                UseCaseRunner.ChangedRuleId,
                $"Câu hỏi vừa được người khác thay đổi (duyệt, sửa hoặc ngừng sử dụng) sau khi trang được mở; hãy tải lại trang và thực hiện lại.");
        }

        return question;
    }

    private Programs.Program ProgramOf(string? code) =>
        _run.Policies.Programs.TryGet(code?.Trim().ToUpperInvariant() ?? string.Empty, out var program)
            ? program
            : throw new DomainRuleException(UnknownProgram, $"Không có chương trình mã '{code}' trong danh mục.");

    private static DomainRuleException NotFound(Guid questionId) => new(QuestionNotFound, $"Không có câu hỏi mã {questionId}.");

    private static DomainRuleException Duplicate(string programCode, Question existing) =>
        new(DuplicateStem,
            $"Ngân hàng câu hỏi chương trình {programCode} đã có câu hỏi cùng nội dung (chuyên đề {existing.TopicCode}, " +
            $"trạng thái «{AssessmentLabels.Of(existing.Status)}»): «{Shorten(existing.Stem)}».");

    private static string Describe(Question question) =>
        $"{question.TopicCode}/{AssessmentLabels.Of(question.Difficulty)}/{AssessmentLabels.Of(question.Kind)} v{question.Version} " +
        $"«{AssessmentLabels.Of(question.Status)}»: {Shorten(question.Stem)}";

    private static string Describe(ExamBlueprint blueprint) =>
        string.Join("; ", blueprint.Cells.Select(c => $"{c.TopicCode}/{AssessmentLabels.Of(c.Difficulty)}×{c.Count}")) +
        $"; tự luận×{blueprint.EssayCount}";

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
}
