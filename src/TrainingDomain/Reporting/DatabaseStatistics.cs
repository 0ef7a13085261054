using Microsoft.EntityFrameworkCore;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Json;

namespace TrainingDomain.Reporting;

/// <summary>
/// Builds the same <see cref="StatisticsReport"/> as <see cref="StatisticsReporter"/> over the classes stored in a
/// <see cref="TrainingDbContext"/>, with the counting done by the database: enrolments, attendance marks and sessions
/// are aggregated per class in SQL (<c>GROUP BY</c>, <c>COUNT</c>, <c>SUM</c>; one query per figure group after the registry and plans),
/// and only one row per class and query, the registry, the approved plans of the year and the verdicts of refused
/// nominations are read.
/// </summary>
/// <remarks>
/// <para>How each rule of the in-memory report (<see cref="ClassRecords.From"/> + <see cref="StatisticsReporter"/>) is
/// computed here:</para>
/// <list type="bullet">
/// <item><see cref="ClassPeriodRule"/> (v1): a class counts once it has opened (in progress, completed or closed), in
/// the period containing its earliest session: <c>MIN</c> of its session dates, grouped per class, compared with the
/// period's bounds in SQL. Only classes in the period, in the same period a year earlier or, when there is a plan, in the
/// year to date are read.</item>
/// <item><see cref="LearnerTurnRule"/> (v1): enrolments not withdrawn before the start are counted per class
/// (<c>COUNT</c>); completed (a result recorded) and passed are conditional counts.</item>
/// <item>Planned periods, as the attendance engine plans them: for an active enrolment, the periods of the class's
/// sessions on or after the enrolment date; none for a learner who withdrew (a join of enrolments and sessions, summed
/// per class).</item>
/// <item>Unexcused absent periods: the periods of the sessions the learner's unexcused-absence marks point at (a join
/// of marks and sessions, summed).</item>
/// <item>Overridden for audience: an enrolment whose stored verdict carries an override. Verdicts are JSON text, so this
/// is a conditional count of a <c>LIKE</c> on the verdict column for the override's property name (taken from the
/// serializer's naming policy); no provider-specific JSON function is used.</item>
/// <item>Refused for audience: a refused nomination whose verdict is not eligible. The outcome is not stored (a verdict
/// recomputes it from its rule results), so the verdicts of the refused nominations of the counted classes, and only
/// those, are read and judged in memory.</item>
/// <item>Plan progress: the items of the <em>approved</em> plans of the period's year, as the plan of
/// <see cref="StatisticsReporter.Build"/> (which keeps the reported centres' lines); when the database holds no approved
/// plan for the year, the report has no plan progress, as <see cref="StatisticsReporter.Build"/> without a plan.</item>
/// </list>
/// <para>Rules are configurable by subclassing, and a subclass's code cannot run in SQL: a <see cref="CountingPolicy"/>
/// whose learner-turn or class-period rule is not exactly <see cref="LearnerTurnRule"/> or <see cref="ClassPeriodRule"/>
/// is refused with <see cref="NotSupportedException"/>; build such a report in memory with
/// <see cref="StatisticsReporter"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var db = await SqliteTrainingDb.OpenAsync("Data Source=training.db");
/// var q1 = ReportingPeriod.Quarter(2018, 1, CutOffPolicy.Calendar);
/// var report = await new DatabaseStatistics(db).BuildAsync(q1, provinceId: "30");
/// // report.Total.Classes, report.CentersWithoutClasses, report.PlanProgress ...
/// </code>
/// </example>
public sealed class DatabaseStatistics
{
    private static readonly ClassStatus[] Opened = [ClassStatus.InProgress, ClassStatus.Completed, ClassStatus.Closed];

    private readonly TrainingDbContext _db;
    private readonly CountingPolicy _policy;

    /// <summary>Creates the report builder over a context.</summary>
    /// <param name="db">The context; the caller owns and disposes it.</param>
    /// <param name="policy">The counting rules; <see cref="CountingPolicy.Default"/> when omitted.</param>
    /// <exception cref="ArgumentNullException">When the context is null.</exception>
    /// <exception cref="NotSupportedException">When a rule of the policy is a subclass, whose code cannot be translated to SQL.</exception>
    public DatabaseStatistics(TrainingDbContext db, CountingPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _policy = policy ?? CountingPolicy.Default;
        EnsureTranslatable(_policy.LearnerTurns, typeof(LearnerTurnRule));
        EnsureTranslatable(_policy.ClassPeriod, typeof(ClassPeriodRule));
    }

    /// <summary>Builds the report for a period from the stored classes, registry and approved plans.</summary>
    /// <param name="period">The reporting period, under either cut-off policy.</param>
    /// <param name="provinceId">Limit to centres serving units of this province (its unit id in the registry); every centre when omitted.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report, equal figure for figure to <see cref="StatisticsReporter.Build"/> over the same classes loaded in memory.</returns>
    /// <exception cref="ArgumentException">When the province id is not a unit of the registry.</exception>
    public Task<StatisticsReport> BuildAsync(ReportingPeriod period, string? provinceId = null, CancellationToken cancellationToken = default) =>
        BuildAsync(period, provinceId, centerId: null, cancellationToken);

    /// <summary>
    /// Builds the report for a period limited to one centre (a centre's own view): only its classes are read and counted
    /// and only its line and plan lines are reported, as <see cref="StatisticsReporter.Build"/> with the same centre.
    /// </summary>
    /// <param name="period">The reporting period, under either cut-off policy.</param>
    /// <param name="provinceId">Limit to centres serving units of this province; every centre when omitted.</param>
    /// <param name="centerId">The one centre reported; every centre when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">When the province id is not a unit of the registry, or the centre id not a centre of it.</exception>
    /// <example>
    /// <code>
    /// var own = await new DatabaseStatistics(db).BuildAsync(q1, "30", HaiDuongRegistry.KimThanhCenterId);
    /// </code>
    /// </example>
    public async Task<StatisticsReport> BuildAsync(ReportingPeriod period, string? provinceId, string? centerId, CancellationToken cancellationToken = default)
    {
        var registry = await _db.LoadRegistryAsync(cancellationToken);
        var reporter = new StatisticsReporter(registry, _policy);
        var centers = reporter.CentersFor(period, provinceId, centerId);
        var centerIds = centers.Select(c => c.Id).ToList();
        var plan = await ApprovedPlanAsync(period.Year, cancellationToken);

        var previous = period.SamePeriodPreviousYear();
        var start = plan is null ? period.Start : LocalDate.Min(period.Start, ReportingPeriod.OfYear(period.Year, period.Policy).Start);
        var classes = await CountedClasses(centerIds, previous, start, period.End).ToListAsync(cancellationToken);
        var measured = await MeasureAsync(classes, cancellationToken);
        return reporter.Assemble(period, provinceId, centers, measured, plan);
    }

    /// <summary>
    /// Builds the reports of several periods (a trend of quarters, say) with one set of queries: the classes of the
    /// whole window the periods and their comparisons span are read and counted once, then each report is assembled
    /// from them. Each report equals <see cref="BuildAsync(ReportingPeriod, string?, string?, CancellationToken)"/>
    /// of its period, figure for figure.
    /// </summary>
    /// <param name="periods">The periods, in the order the reports are wanted.</param>
    /// <param name="provinceId">Limit to centres serving units of this province; every centre when omitted.</param>
    /// <param name="centerId">Limit to one centre; every centre when omitted.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One report per period, in the same order.</returns>
    /// <exception cref="ArgumentException">When the province id is not a unit of the registry, or the centre id not a centre of it.</exception>
    /// <example>
    /// <code>
    /// var q4 = ReportingPeriod.Quarter(2018, 4);
    /// var quarters = new[] { q4.Previous().Previous().Previous(), q4.Previous().Previous(), q4.Previous(), q4 };
    /// var trend = await new DatabaseStatistics(db).BuildSeriesAsync(quarters, "30@2018-01-01");
    /// </code>
    /// </example>
    public async Task<IReadOnlyList<StatisticsReport>> BuildSeriesAsync(
        IReadOnlyList<ReportingPeriod> periods, string? provinceId = null, string? centerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return [];
        }

        var registry = await _db.LoadRegistryAsync(cancellationToken);
        var reporter = new StatisticsReporter(registry, _policy);
        var centers = periods.Select(p => reporter.CentersFor(p, provinceId, centerId)).ToList();
        var centerIds = centers.SelectMany(c => c).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        var plans = new Dictionary<int, List<PlanTarget>?>();
        foreach (var year in periods.Select(p => p.Year).Distinct())
        {
            plans[year] = await ApprovedPlanAsync(year, cancellationToken);
        }

        // One window covers every period, its same period a year earlier and, with a plan, its year to date.
        var start = periods.Min(p => LocalDate.Min(
            p.SamePeriodPreviousYear().Start,
            plans[p.Year] is null ? p.Start : ReportingPeriod.OfYear(p.Year, p.Policy).Start));
        var end = periods.Max(p => p.End);
        var classes = await CountedClasses(centerIds, start, end).ToListAsync(cancellationToken);
        var measured = await MeasureAsync(classes, cancellationToken);
        return periods.Select((p, i) => reporter.Assemble(p, provinceId, centers[i], measured, plans[p.Year])).ToList();
    }

    // The figures of each counted class, counted by the database: three grouped queries and the refusals.
    private async Task<List<MeasuredClass>> MeasureAsync(List<CountedClass> classes, CancellationToken cancellationToken)
    {
        var classIds = classes.Select(c => c.ClassId).ToList();
        var turns = await LearnerTurns(classIds).ToDictionaryAsync(t => t.ClassId, cancellationToken);
        var planned = await PlannedPeriods(classIds).ToDictionaryAsync(p => p.ClassId, p => p.Periods, cancellationToken);
        var absent = await UnexcusedAbsentPeriods(classIds).ToDictionaryAsync(p => p.ClassId, p => p.Periods, cancellationToken);
        var refused = await RefusedForAudienceAsync(classIds, cancellationToken);

        return classes.Select(c =>
        {
            var t = turns.GetValueOrDefault(c.ClassId);
            var refusedHere = refused.GetValueOrDefault(c.ClassId);
            var record = new ClassRecord(c.ClassId, c.CenterId, c.ProgramCode, c.FirstSessionDate, [], refusedHere);
            var figures = new Figures(
                1,
                t?.LearnerTurns ?? 0,
                t?.Completed ?? 0,
                t?.Passed ?? 0,
                planned.GetValueOrDefault(c.ClassId),
                absent.GetValueOrDefault(c.ClassId),
                refusedHere,
                t?.Overridden ?? 0);
            return new MeasuredClass(record, figures);
        }).ToList();
    }

    /// <summary>
    /// The query of the opened classes of the centres whose first session falls in the previous-year period or between
    /// <paramref name="start"/> and <paramref name="end"/>: sessions grouped per class, earliest date compared in SQL.
    /// </summary>
    /// <param name="centerIds">The centres.</param>
    /// <param name="previous">The same period a year earlier.</param>
    /// <param name="start">The first day of the current period or of the year to date.</param>
    /// <param name="end">The last day of the current period.</param>
    /// <returns>One row per class; exposed so that its SQL can be inspected (<c>ToQueryString</c>).</returns>
    internal IQueryable<CountedClass> CountedClasses(IReadOnlyCollection<string> centerIds, ReportingPeriod previous, LocalDate start, LocalDate end)
    {
        ArgumentNullException.ThrowIfNull(centerIds);
        var previousStart = previous.Start;
        var previousEnd = previous.End;
        return _db.TrainingClasses
            .Where(c => centerIds.Contains(c.CenterId) && Opened.Contains(c.Status))
            .SelectMany(c => c.Sessions, (c, s) => new { c.Id, c.CenterId, c.ProgramCode, s.Slot.Date })
            .GroupBy(x => new { x.Id, x.CenterId, x.ProgramCode })
            .Select(g => new { g.Key.Id, g.Key.CenterId, g.Key.ProgramCode, First = g.Min(x => x.Date) })
            .Where(c => (c.First >= previousStart && c.First <= previousEnd) || (c.First >= start && c.First <= end))
            .Select(c => new CountedClass(c.Id, c.CenterId, c.ProgramCode, c.First));
    }

    /// <summary>The query of the opened classes of the centres whose first session falls between two dates.</summary>
    /// <param name="centerIds">The centres.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>One row per class.</returns>
    internal IQueryable<CountedClass> CountedClasses(IReadOnlyCollection<string> centerIds, LocalDate start, LocalDate end)
    {
        ArgumentNullException.ThrowIfNull(centerIds);
        return _db.TrainingClasses
            .Where(c => centerIds.Contains(c.CenterId) && Opened.Contains(c.Status))
            .SelectMany(c => c.Sessions, (c, s) => new { c.Id, c.CenterId, c.ProgramCode, s.Slot.Date })
            .GroupBy(x => new { x.Id, x.CenterId, x.ProgramCode })
            .Select(g => new { g.Key.Id, g.Key.CenterId, g.Key.ProgramCode, First = g.Min(x => x.Date) })
            .Where(c => c.First >= start && c.First <= end)
            .Select(c => new CountedClass(c.Id, c.CenterId, c.ProgramCode, c.First));
    }

    /// <summary>
    /// The query of the learner-turns of classes, one row per class that has one: learner-turns, completed, passed and
    /// overridden, counted in SQL.
    /// </summary>
    /// <param name="classIds">The classes.</param>
    /// <returns>The counts.</returns>
    internal IQueryable<ClassTurns> LearnerTurns(IReadOnlyCollection<Guid> classIds)
    {
        ArgumentNullException.ThrowIfNull(classIds);
        var pattern = OverridePattern;

        // The cast through object reads the JSON text of the verdict column (a plain cast in SQL); without it EF Core
        // would run the pattern through the verdict's value converter.
        return _db.TrainingClasses
            .Where(c => EF.Parameter(classIds).Contains(c.Id))
            .SelectMany(c => c.Enrollments, (c, e) => new
            {
                ClassId = c.Id,
                e.Status,
                e.Passed,
                Overridden = EF.Functions.Like((string)(object)e.Verdict, pattern),
            })
            .Where(x => x.Status != EnrollmentStatus.WithdrawnBeforeStart)
            .GroupBy(x => x.ClassId)
            .Select(g => new ClassTurns(
                g.Key,
                g.Count(),
                g.Count(x => x.Passed != null),
                g.Count(x => x.Passed == true),
                g.Count(x => x.Overridden)));
    }

    /// <summary>
    /// The query of the planned periods of classes: for every active enrolment, the periods of the class's sessions on
    /// or after its enrolment date (a join of enrolments and sessions), summed per class in SQL.
    /// </summary>
    /// <param name="classIds">The classes.</param>
    /// <returns>The sums.</returns>
    internal IQueryable<ClassPeriods> PlannedPeriods(IReadOnlyCollection<Guid> classIds)
    {
        ArgumentNullException.ThrowIfNull(classIds);
        return
            from c in _db.TrainingClasses
            where EF.Parameter(classIds).Contains(c.Id)
            from e in c.Enrollments
            where e.Status == EnrollmentStatus.Active
            from s in c.Sessions
            where s.Slot.Date >= e.EnrolledOn
            group new { ClassId = c.Id, s.Periods } by c.Id into g
            select new ClassPeriods(g.Key, g.Sum(x => (long)x.Periods));
    }

    /// <summary>
    /// The query of the unexcused absent periods of the learner-turns of classes: unexcused-absence marks joined to the
    /// sessions they point at, summed per class in SQL.
    /// </summary>
    /// <param name="classIds">The classes.</param>
    /// <returns>The sums.</returns>
    internal IQueryable<ClassPeriods> UnexcusedAbsentPeriods(IReadOnlyCollection<Guid> classIds)
    {
        ArgumentNullException.ThrowIfNull(classIds);
        return
            from c in _db.TrainingClasses
            where EF.Parameter(classIds).Contains(c.Id)
            from e in c.Enrollments
            where e.Status != EnrollmentStatus.WithdrawnBeforeStart
            from m in e.Marks
            where m.Mark == AttendanceMark.UnexcusedAbsence
            from s in c.Sessions
            where s.Number == m.SessionNumber
            group new { ClassId = c.Id, s.Periods } by c.Id into g
            select new ClassPeriods(g.Key, g.Sum(x => (long)x.Periods));
    }

    // The LIKE pattern that finds an override in a stored verdict. The property name comes from the serializer's naming
    // policy, so nothing here is hand-typed; the writer omits a null override, and an unescaped quoted name followed by
    // a colon can only be a JSON property name (quotes inside string values are escaped).
    private static readonly string OverridePattern =
        $"%\"{DomainJson.Options.PropertyNamingPolicy?.ConvertName(nameof(VerdictDto.Override)) ?? nameof(VerdictDto.Override)}\":%";

    // Class ids go to the database as one parameter (a JSON array on SQLite, an array on PostgreSQL) rather than one
    // parameter per class, which costs SQLite a statement of hundreds of parameters per query.

    // Refused nominations are few; their verdicts are read so that the outcome is recomputed exactly as in memory.
    private async Task<Dictionary<Guid, int>> RefusedForAudienceAsync(List<Guid> classIds, CancellationToken cancellationToken)
    {
        var refused = await (
            from c in _db.TrainingClasses
            where EF.Parameter(classIds).Contains(c.Id)
            from n in c.Nominations
            where n.Status == NominationStatus.Refused
            select new { ClassId = c.Id, n.Verdict })
            .ToListAsync(cancellationToken);
        return refused
            .Where(n => n.Verdict.Outcome != VerdictOutcome.Eligible)
            .GroupBy(n => n.ClassId)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    // Every approved plan of the year (one per centre, so few); the reporter keeps the reported centres' lines.
    private async Task<List<PlanTarget>?> ApprovedPlanAsync(int year, CancellationToken cancellationToken)
    {
        var plans = await _db.AnnualClassPlans.AsNoTracking()
            .Where(p => p.Year == year && p.Approval != null)
            .ToListAsync(cancellationToken);
        return plans.Count == 0 ? null : plans.SelectMany(ClassRecords.TargetsOf).ToList();
    }

    /// <summary>An opened class counted in the report's window: its centre, programme and first session date.</summary>
    internal sealed record CountedClass(Guid ClassId, string CenterId, string ProgramCode, LocalDate FirstSessionDate);

    /// <summary>The learner-turn counts of one class, made by the database.</summary>
    internal sealed record ClassTurns(Guid ClassId, int LearnerTurns, int Completed, int Passed, int Overridden);

    /// <summary>A sum of periods of one class, made by the database.</summary>
    internal sealed record ClassPeriods(Guid ClassId, long Periods);

    private static void EnsureTranslatable(CountingRule rule, Type translated)
    {
        if (rule.GetType() != translated)
        {
            throw new NotSupportedException(
                $"The counting rule {rule} ({rule.GetType().Name}) is custom code that cannot run in SQL; DatabaseStatistics translates only " +
                $"{translated.Name} itself. Build this report in memory with StatisticsReporter.");
        }
    }
}
