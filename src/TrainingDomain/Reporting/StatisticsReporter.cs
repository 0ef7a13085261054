using System.Runtime.InteropServices;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Organization;

namespace TrainingDomain.Reporting;

/// <summary>
/// Builds the <see cref="StatisticsReport"/> from class records in memory, in one pass over the classes. Centres are
/// taken from the date-effective registry: a centre is reported when it existed on some day of the period, so a centre
/// created later or closed earlier is never listed as "opened no class".
/// </summary>
public sealed class StatisticsReporter
{
    private readonly OrganizationRegistry _registry;
    private readonly CountingPolicy _policy;

    /// <summary>Creates a reporter.</summary>
    /// <param name="registry">The organisation registry.</param>
    /// <param name="policy">The counting rules; <see cref="CountingPolicy.Default"/> when omitted.</param>
    public StatisticsReporter(OrganizationRegistry registry, CountingPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _policy = policy ?? CountingPolicy.Default;
    }

    /// <summary>Builds the report.</summary>
    /// <param name="period">The reporting period, under either cut-off policy.</param>
    /// <param name="classes">The classes of the centres (any period; those outside are skipped).</param>
    /// <param name="provinceId">Limit to centres serving units of this province (its unit id in the registry); every centre when omitted.</param>
    /// <param name="plan">The annual plan lines of the period's year, for plan progress; none when omitted.</param>
    /// <param name="centerId">
    /// Limit to this one centre (a centre's own view): its line, its classes, its plan lines; the province filter still
    /// applies. Every centre when omitted.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">When the province id is not a unit of the registry, or the centre id not a centre of it.</exception>
    public StatisticsReport Build(ReportingPeriod period, IEnumerable<ClassRecord> classes, string? provinceId = null, IEnumerable<PlanTarget>? plan = null, string? centerId = null)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var centers = CentersFor(period, provinceId, centerId);
        return Assemble(period, provinceId, centers, classes.Select(c => new MeasuredClass(c, null)), plan);
    }

    /// The centres a report on the period lists or compares: those that existed during it or during the same period a
    /// year earlier, limited to the province when one is named and to the centre when one is named.
    internal IReadOnlyList<TrainingCenter> CentersFor(ReportingPeriod period, string? provinceId, string? centerId = null)
    {
        if (provinceId is not null && _registry.FindUnit(provinceId) is null)
        {
            throw new ArgumentException($"'{provinceId}' is not a unit of the registry.", nameof(provinceId));
        }

        if (centerId is not null && _registry.FindCenter(centerId) is null)
        {
            throw new ArgumentException($"'{centerId}' is not a centre of the registry.", nameof(centerId));
        }

        var previous = period.SamePeriodPreviousYear();
        return _registry.Centers
            .Where(c => centerId is null || c.Id == centerId)
            .Where(c => Overlaps(c, period) || Overlaps(c, previous))
            .Where(c => provinceId is null || ServesProvince(c, provinceId, period, previous))
            .ToList();
    }

    /// Builds the report from classes whose figures are either measured here from their enrolment records or were
    /// measured elsewhere (by the database), so that both reports share every rule of assembly.
    internal StatisticsReport Assemble(
        ReportingPeriod period,
        string? provinceId,
        IReadOnlyList<TrainingCenter> centers,
        IEnumerable<MeasuredClass> classes,
        IEnumerable<PlanTarget>? plan)
    {
        var previous = period.SamePeriodPreviousYear();
        var yearToDate = new DateInterval(ReportingPeriod.OfYear(period.Year, period.Policy).Start, period.End);
        var included = centers.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var current = new Dictionary<(string Center, string Program), Figures>();
        var before = new Dictionary<(string Center, string Program), Figures>();
        var ytd = new Dictionary<string, (int Classes, int Turns)>(StringComparer.Ordinal);
        foreach (var (record, measured) in classes)
        {
            if (!included.Contains(record.CenterId))
            {
                continue;
            }

            var inCurrent = _policy.ClassPeriod.CountsIn(record, period);
            var inPrevious = !inCurrent && _policy.ClassPeriod.CountsIn(record, previous);
            var inYear = record.FirstSessionDate is { } first && yearToDate.Contains(first) && (plan is not null);
            if (!inCurrent && !inPrevious && !inYear)
            {
                continue;
            }

            var figures = measured ?? Measure(record);
            var key = (record.CenterId, record.ProgramCode);
            if (inCurrent)
            {
                current[key] = current.GetValueOrDefault(key) + figures;
            }
            else if (inPrevious)
            {
                before[key] = before.GetValueOrDefault(key) + figures;
            }

            if (inYear)
            {
                var sofar = ytd.GetValueOrDefault(record.ProgramCode);
                ytd[record.ProgramCode] = (sofar.Classes + 1, sofar.Turns + figures.LearnerTurns);
            }
        }

        var centerLines = centers
            .Where(c => Overlaps(c, period))
            .Select(c => CenterLine(c, current, before))
            .ToList();
        var programCodes = current.Keys.Concat(before.Keys).Select(k => k.Program).Distinct().Order(StringComparer.Ordinal);
        var programs = programCodes
            .Select(code => new ProgramStatistics(
                code,
                Sum(current.Where(p => p.Key.Program == code).Select(p => p.Value)),
                Sum(before.Where(p => p.Key.Program == code).Select(p => p.Value))))
            .ToList();

        return new StatisticsReport
        {
            Period = period,
            PreviousYearPeriod = previous,
            ProvinceId = provinceId,
            CountingRules = _policy.Rules,
            Centers = centerLines,
            Programs = programs,
            Total = Sum(current.Values),
            PreviousYearTotal = Sum(before.Values),
            CentersWithoutClasses = centerLines.Where(c => c.Figures.Classes == 0).Select(c => new CenterReference(c.CenterId, c.CenterName)).ToList(),
            PlanProgress = Progress(plan, period.Year, included, ytd),
        };
    }

    private Figures Measure(ClassRecord record)
    {
        int turns = 0, completed = 0, passed = 0, overridden = 0;
        long planned = 0, absent = 0;
        var rule = _policy.LearnerTurns;
        foreach (var enrollment in AsSpan(record.Enrollments))
        {
            if (!rule.Counts(enrollment))
            {
                continue;
            }

            turns++;
            completed += enrollment.Completed ? 1 : 0;
            passed += enrollment.Passed ? 1 : 0;
            overridden += enrollment.AudienceOverridden ? 1 : 0;
            planned += enrollment.PlannedPeriods;
            absent += enrollment.UnexcusedAbsentPeriods;
        }

        return new Figures(1, turns, completed, passed, planned, absent, record.RefusedForAudience, overridden);
    }

    // Enumerating through IReadOnlyList costs an enumerator and two interface calls per learner; arrays and lists,
    // which is what callers pass, are read directly.
    private static ReadOnlySpan<EnrollmentRecord> AsSpan(IReadOnlyList<EnrollmentRecord> enrollments) => enrollments switch
    {
        EnrollmentRecord[] array => array,
        List<EnrollmentRecord> list => CollectionsMarshal.AsSpan(list),
        _ => enrollments.ToArray(),
    };

    private static CenterStatistics CenterLine(
        TrainingCenter center,
        Dictionary<(string Center, string Program), Figures> current,
        Dictionary<(string Center, string Program), Figures> before)
    {
        var codes = current.Keys.Concat(before.Keys).Where(k => k.Center == center.Id).Select(k => k.Program).Distinct().Order(StringComparer.Ordinal);
        var byProgram = codes
            .Select(code => new ProgramStatistics(code, current.GetValueOrDefault((center.Id, code)), before.GetValueOrDefault((center.Id, code))))
            .ToList();
        return new CenterStatistics(
            center.Id,
            center.Name,
            Sum(byProgram.Select(p => p.Figures)),
            Sum(byProgram.Select(p => p.PreviousYear)),
            byProgram);
    }

    private static IReadOnlyList<PlanProgressLine> Progress(
        IEnumerable<PlanTarget>? plan,
        int year,
        HashSet<string> centers,
        Dictionary<string, (int Classes, int Turns)> ytd)
    {
        if (plan is null)
        {
            return [];
        }

        var lines = plan
            .Where(t => t.Year == year && centers.Contains(t.CenterId))
            .GroupBy(t => t.ProgramCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var done = ytd.GetValueOrDefault(g.Key);
                return new PlanProgressLine(g.Key, done.Classes, g.Sum(t => t.PlannedClasses), done.Turns, g.Sum(t => t.PlannedLearnerTurns));
            })
            .ToList();
        var unplanned = ytd.Where(p => lines.All(l => l.ProgramCode != p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new PlanProgressLine(p.Key, p.Value.Classes, 0, p.Value.Turns, 0));
        lines.AddRange(unplanned);
        lines.Add(new PlanProgressLine(
            null,
            lines.Sum(l => l.ClassesOpened),
            lines.Sum(l => l.ClassesPlanned),
            lines.Sum(l => l.LearnerTurns),
            lines.Sum(l => l.LearnerTurnsPlanned)));
        return lines;
    }

    private static Figures Sum(IEnumerable<Figures> figures)
    {
        var total = default(Figures);
        foreach (var f in figures)
        {
            total += f;
        }

        return total;
    }

    private static bool Overlaps(TrainingCenter center, ReportingPeriod period) =>
        center.ValidFrom <= period.End && (center.ValidTo is null || center.ValidTo >= period.Start);

    private bool ServesProvince(TrainingCenter center, string provinceId, ReportingPeriod period, ReportingPeriod previous) =>
        center.ServiceAreas
            .Where(a => a.ValidFrom <= period.End && (a.ValidTo is null || a.ValidTo >= previous.Start))
            .Any(a => IsWithin(a.UnitId, provinceId));

    private bool IsWithin(string unitId, string provinceId)
    {
        for (var unit = _registry.FindUnit(unitId); unit is not null; unit = unit.ParentId is { } parent ? _registry.FindUnit(parent) : null)
        {
            if (unit.Id == provinceId)
            {
                return true;
            }
        }

        return false;
    }
}
