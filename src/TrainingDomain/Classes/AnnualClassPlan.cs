using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// A centre's annual class plan (kế hoạch mở lớp hằng năm): classes and learner-turns planned per programme and
/// quarter, approved by the Party committee. Items can change only until the plan is approved.
/// </summary>
/// <example>
/// <code>
/// var plan = new AnnualClassPlan(Guid.NewGuid(), "TT-293", 2018);
/// var ntdQ1 = plan.AddItem("NTD", quarter: 1, plannedClasses: 2, plannedLearnerTurns: 160);
/// plan.Approve("112-QĐ/HU", new LocalDate(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành");
/// var progress = plan.ProgressAsOf(new LocalDate(2018, 6, 30), classes); // progress.Total.ClassShare = 0.64 ...
/// </code>
/// </example>
public sealed class AnnualClassPlan
{
    private readonly List<PlanItem> _items = [];

    /// <summary>Creates an empty, unapproved plan.</summary>
    /// <param name="id">The plan's id; not empty.</param>
    /// <param name="centerId">The centre; required.</param>
    /// <param name="year">The year, 1990–2100.</param>
    /// <exception cref="ArgumentException">When the id is empty or the centre blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public AnnualClassPlan(Guid id, string centerId, int year)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A plan needs a non-empty id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(centerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        Id = id;
        CenterId = centerId.Trim();
        Year = year;
    }

    // For EF Core.
    private AnnualClassPlan()
    {
        CenterId = string.Empty;
    }

    /// <summary>The plan's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The centre.</summary>
    public string CenterId { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>The items, in the order added.</summary>
    public IReadOnlyList<PlanItem> Items => _items.AsReadOnly();

    /// <summary>The approval; <c>null</c> while the plan is a draft.</summary>
    public PlanApproval? Approval { get; private set; }

    /// <summary>Whether the Party committee approved the plan.</summary>
    public bool IsApproved => Approval is not null;

    /// <summary>Adds an item.</summary>
    /// <param name="programCode">The programme code; required.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <param name="plannedClasses">Classes planned; at least 1.</param>
    /// <param name="plannedLearnerTurns">Learner-turns planned; not negative.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">When the programme code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the quarter or a count is out of range.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Plan.AlreadyApproved</c> once approved; <c>Plan.DuplicateItem</c> when the programme already has an item in that quarter.
    /// </exception>
    public PlanItem AddItem(string programCode, int quarter, int plannedClasses, int plannedLearnerTurns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedClasses);
        ArgumentOutOfRangeException.ThrowIfNegative(plannedLearnerTurns);
        EnsureDraft("thêm chỉ tiêu");
        var code = programCode.Trim().ToUpperInvariant();
        if (_items.Exists(i => i.ProgramCode == code && i.Quarter == quarter))
        {
            throw new DomainRuleException("Plan.DuplicateItem", $"Kế hoạch năm {Year} đã có chỉ tiêu chương trình {code} quý {quarter}.");
        }

        var item = new PlanItem(Guid.NewGuid(), code, quarter, plannedClasses, plannedLearnerTurns);
        _items.Add(item);
        return item;
    }

    /// <summary>Removes an item from a draft plan.</summary>
    /// <param name="itemId">The item.</param>
    /// <exception cref="ArgumentException">When there is no such item.</exception>
    /// <exception cref="DomainRuleException"><c>Plan.AlreadyApproved</c> once approved.</exception>
    public void RemoveItem(Guid itemId)
    {
        var item = _items.Find(i => i.Id == itemId) ?? throw new ArgumentException($"The plan has no item {itemId}.", nameof(itemId));
        EnsureDraft("bỏ chỉ tiêu");
        _items.Remove(item);
    }

    /// <summary>Records the Party committee's approval.</summary>
    /// <param name="decisionNumber">The decision's number; required.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="approvedBy">The committee; required.</param>
    /// <exception cref="ArgumentException">When the number or committee is blank.</exception>
    /// <exception cref="DomainRuleException"><c>Plan.AlreadyApproved</c> when already approved; <c>Plan.Empty</c> when there is no item.</exception>
    public void Approve(string decisionNumber, LocalDate decidedOn, string approvedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        EnsureDraft("phê duyệt lại");
        if (_items.Count == 0)
        {
            throw new DomainRuleException("Plan.Empty", $"Kế hoạch mở lớp năm {Year} chưa có chỉ tiêu nào; không thể phê duyệt.");
        }

        Approval = new PlanApproval(decisionNumber.Trim(), decidedOn, approvedBy.Trim());
    }

    /// <summary>
    /// Progress year to date: classes of this centre that opened (in progress or later) with their first session between
    /// 1 January and <paramref name="asOf"/>, and their learner-turns (enrolments made by then and not withdrawn before
    /// the first session), against the whole year's plan. See <see cref="PlanProgress.CountingRule"/>.
    /// </summary>
    /// <param name="asOf">The last day counted; in the plan's year.</param>
    /// <param name="classes">The classes to look at; those of other centres are ignored.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">When the classes are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the date is outside the plan's year.</exception>
    /// <example>Hưng Yên, H1 2018: 180 classes and 16,212 learner-turns were 64 % of the year's plan.</example>
    public PlanProgress ProgressAsOf(LocalDate asOf, IEnumerable<TrainingClass> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (asOf.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The plan covers {Year}; {Labels.Of(asOf)} is outside it.");
        }

        var yearStart = new LocalDate(Year, 1, 1);
        var opened = new Dictionary<string, (int Classes, int Turns)>(StringComparer.Ordinal);
        foreach (var trainingClass in classes)
        {
            if (trainingClass.CenterId != CenterId || !trainingClass.HasOpened || trainingClass.FirstSessionDate is not { } first
                || first < yearStart || first > asOf)
            {
                continue;
            }

            var turns = trainingClass.Enrollments.Count(e => e.Status != EnrollmentStatus.WithdrawnBeforeStart && e.EnrolledOn <= asOf);
            opened.TryGetValue(trainingClass.ProgramCode, out var sofar);
            opened[trainingClass.ProgramCode] = (sofar.Classes + 1, sofar.Turns + turns);
        }

        var codes = _items.Select(i => i.ProgramCode).Concat(opened.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var lines = codes.Select(code =>
        {
            opened.TryGetValue(code, out var done);
            var items = _items.Where(i => i.ProgramCode == code).ToList();
            return new PlanProgressLine(code, done.Classes, items.Sum(i => i.PlannedClasses), done.Turns, items.Sum(i => i.PlannedLearnerTurns));
        }).ToList();
        var total = new PlanProgressLine(
            null, lines.Sum(l => l.ClassesOpened), lines.Sum(l => l.ClassesPlanned), lines.Sum(l => l.LearnerTurns), lines.Sum(l => l.LearnerTurnsPlanned));
        return new PlanProgress(Year, CenterId, asOf, lines, total);
    }

    private void EnsureDraft(string action)
    {
        if (Approval is not null)
        {
            throw new DomainRuleException("Plan.AlreadyApproved", $"Không thể {action}: kế hoạch mở lớp năm {Year} đã được phê duyệt theo quyết định {Approval}.");
        }
    }
}
