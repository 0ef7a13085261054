using System.Globalization;

namespace TrainingDomain.Assessment;

/// <summary>
/// Draws papers from a question bank following a blueprint, reproducibly from a seed: only approved questions, fresh
/// questions before those used in the centre's recent papers, and N variants (mã đề) each with its own question order,
/// option order and answer key.
/// </summary>
/// <remarks>
/// The draw depends only on the seed, the bank's approved questions (ordered by id, so the order they were added in
/// does not matter), the blueprint and the recent papers. Randomness comes from SplitMix64, a fully specified generator,
/// so a stored seed reproduces the paper on any runtime. Variant <c>k</c> uses its own sub-stream of the seed: asking for
/// more variants never changes the earlier ones.
/// </remarks>
public sealed class ExamPaperGenerator
{
    /// <summary>Creates a generator.</summary>
    /// <param name="policy">The policy; <see cref="PaperPolicy.Default"/> when <c>null</c>.</param>
    public ExamPaperGenerator(PaperPolicy? policy = null)
    {
        Policy = policy ?? PaperPolicy.Default;
    }

    /// <summary>The policy in use.</summary>
    public PaperPolicy Policy { get; }

    /// <summary>Draws a paper.</summary>
    /// <param name="bank">The programme's bank.</param>
    /// <param name="blueprint">The blueprint; same programme as the bank.</param>
    /// <param name="centreCode">The centre the paper is for, e.g. <c>KT</c>; required.</param>
    /// <param name="seed">The seed; store it to reproduce the paper.</param>
    /// <param name="variantCount">How many variants; at least 1.</param>
    /// <param name="generatedAt">When, from the injected clock.</param>
    /// <param name="previousPapers">
    /// Papers drawn before, of any centre and programme; the generator keeps those of this centre and programme and
    /// avoids the questions of the most recent <see cref="PaperPolicy.RecentPapersToAvoid"/> of them.
    /// </param>
    /// <returns>The paper.</returns>
    /// <exception cref="ArgumentException">When the centre code is blank or the bank and blueprint are for different programmes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the variant count is not positive.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Exam.BankTooSmall</c> when some cell has fewer approved questions than the blueprint asks for; the message
    /// names every short cell (see <see cref="ExamBlueprint.ShortagesIn"/> for the same list as data).
    /// </exception>
    public ExamPaper Generate(
        QuestionBank bank,
        ExamBlueprint blueprint,
        string centreCode,
        long seed,
        int variantCount,
        Instant generatedAt,
        IEnumerable<ExamPaper>? previousPapers = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(centreCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(variantCount);
        var shortages = blueprint.ShortagesIn(bank);
        if (shortages.Count > 0)
        {
            throw new DomainRuleException(
                "Exam.BankTooSmall",
                $"Ngân hàng câu hỏi chương trình {bank.ProgramCode} không đủ câu hỏi đã duyệt theo ma trận đề: " +
                string.Join("; ", shortages.Select(s => s.Message)) + ".");
        }

        var centre = centreCode.Trim();
        var recent = RecentQuestions(previousPapers, bank.ProgramCode, centre);
        var random = SplitMix64.Stream(seed, 0);
        var reused = 0;
        var multipleChoice = new List<Question>();
        foreach (var cell in blueprint.Cells)
        {
            multipleChoice.AddRange(Draw(bank.ApprovedIn(cell.TopicCode, cell.Difficulty), cell.Count, recent, random, ref reused));
        }

        var essays = Draw(bank.Approved(QuestionKind.Essay), blueprint.EssayCount, recent, random, ref reused);
        var variants = Enumerable.Range(0, variantCount)
            .Select(k => Variant((Policy.FirstVariantNumber + k).ToString(CultureInfo.InvariantCulture), multipleChoice, essays, SplitMix64.Stream(seed, k + 1)))
            .ToList();
        return new ExamPaper(bank.ProgramCode, centre, seed, generatedAt, multipleChoice.Concat(essays).Select(q => q.Id), reused, variants);
    }

    private HashSet<Guid> RecentQuestions(IEnumerable<ExamPaper>? previousPapers, string programCode, string centreCode)
    {
        if (previousPapers is null || Policy.RecentPapersToAvoid == 0)
        {
            return [];
        }

        return previousPapers
            .Where(p => string.Equals(p.CentreCode, centreCode, StringComparison.OrdinalIgnoreCase)
                && string.Equals(p.ProgramCode, programCode, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.GeneratedAt)
            .Take(Policy.RecentPapersToAvoid)
            .SelectMany(p => p.QuestionIds)
            .ToHashSet();
    }

    // Fresh questions first, in a seeded order; recently used ones only to make up the count.
    private static List<Question> Draw(IReadOnlyList<Question> candidates, int count, HashSet<Guid> recent, SplitMix64 random, ref int reused)
    {
        if (count == 0)
        {
            return [];
        }

        var fresh = candidates.Where(q => !recent.Contains(q.Id)).OrderBy(q => q.Id).ToList();
        var used = candidates.Where(q => recent.Contains(q.Id)).OrderBy(q => q.Id).ToList();
        random.Shuffle(fresh);
        random.Shuffle(used);
        var drawn = fresh.Take(count).ToList();
        var shortfall = count - drawn.Count;
        if (shortfall > 0)
        {
            drawn.AddRange(used.Take(shortfall));
            reused += shortfall;
        }

        return drawn;
    }

    private PaperVariant Variant(string code, List<Question> multipleChoice, List<Question> essays, SplitMix64 random)
    {
        var choiceOrder = multipleChoice.ToList();
        var essayOrder = essays.ToList();
        random.Shuffle(choiceOrder);
        random.Shuffle(essayOrder);
        var items = new List<PaperItem>(choiceOrder.Count + essayOrder.Count);
        foreach (var question in choiceOrder)
        {
            var options = question.Options.ToList();
            if (Policy.ShuffleOptions)
            {
                random.Shuffle(options);
            }

            var relabelled = options.Select((o, i) => new AnswerOption(KeyAt(i), o.Text)).ToList();
            var correct = KeyAt(options.FindIndex(o => o.Key == question.CorrectKey));
            items.Add(new PaperItem(items.Count + 1, question, relabelled, correct));
        }

        foreach (var question in essayOrder)
        {
            items.Add(new PaperItem(items.Count + 1, question, [], null));
        }

        return new PaperVariant(code, items);
    }

    private static string KeyAt(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(CultureInfo.InvariantCulture);
}
