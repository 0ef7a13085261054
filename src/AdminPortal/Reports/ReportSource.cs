using Microsoft.EntityFrameworkCore;
using NodaTime;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>
/// Where the dashboard and the reports get their figures: the classes, plans and lecturers a user may see, read from
/// the database, and the library's <see cref="StatisticsReporter"/>, <see cref="AttendanceEngine"/> and
/// <see cref="ExpiringRecognitions"/> over them. The portal computes no figure itself.
/// </summary>
/// <param name="db">The training database.</param>
public sealed class ReportSource(TrainingDbContext db)
{
    /// <summary>How far ahead a part-time lecturer's recognition counts as expiring.</summary>
    public const int ExpiryWarningDays = 60;

    /// <summary>Reads what the user may see.</summary>
    /// <param name="scope">The user's centres.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The data, ready for reports.</returns>
    public async Task<ReportData> LoadAsync(CenterScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var registry = await db.LoadRegistryAsync(cancellationToken);
        var classes = db.TrainingClasses.AsNoTracking();
        var plans = db.AnnualClassPlans.AsNoTracking();
        var lecturers = db.Lecturers.AsNoTracking();
        var staffings = db.CenterStaffings.AsNoTracking();
        if (!scope.IsEverything)
        {
            var center = scope.CenterId ?? "";
            classes = classes.Where(c => c.CenterId == center);
            plans = plans.Where(p => p.CenterId == center);
            lecturers = lecturers.Where(l => l.HomeCenterId == center);
            staffings = staffings.Where(s => s.CenterId == center);
        }

        return new ReportData(
            registry,
            scope,
            await classes.ToListAsync(cancellationToken),
            (await plans.ToListAsync(cancellationToken)).Where(p => p.IsApproved).ToList(),
            await lecturers.ToListAsync(cancellationToken),
            await staffings.ToListAsync(cancellationToken));
    }
}

/// <summary>The classes, approved plans and lecturers a user may see, with the registry, and the reports over them.</summary>
/// <param name="Registry">The organisation registry as stored.</param>
/// <param name="Scope">The centres the user may see.</param>
/// <param name="Classes">The classes.</param>
/// <param name="Plans">The approved annual plans.</param>
/// <param name="Lecturers">The lecturers.</param>
/// <param name="Staffings">The centres' staff and duty assignments, where recorded.</param>
public sealed record ReportData(
    OrganizationRegistry Registry,
    CenterScope Scope,
    IReadOnlyList<TrainingClass> Classes,
    IReadOnlyList<AnnualClassPlan> Plans,
    IReadOnlyList<Lecturer> Lecturers,
    IReadOnlyList<CenterStaffing> Staffings)
{
    private readonly Dictionary<LocalDate, IReadOnlyList<ClassRecord>> _records = [];

    /// <summary>The provinces of the registry that existed during the period, by name.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The provinces.</returns>
    public IReadOnlyList<AdministrativeUnit> ProvincesDuring(ReportingPeriod period) =>
        Registry.Units
            .Where(u => u.Tier == UnitTier.Province && u.ValidFrom <= period.End && (u.ValidTo is null || u.ValidTo >= period.Start))
            .OrderBy(u => u.Name, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .ToList();

    /// <summary>The library's statistics report for the period, limited to the user's centres.</summary>
    /// <param name="period">The period.</param>
    /// <param name="provinceId">The province, or <c>null</c> for every centre of the registry.</param>
    /// <returns>The report.</returns>
    public StatisticsReport Report(ReportingPeriod period, string? provinceId) => Report(period, provinceId, RecordsAsOf(period.End));

    private StatisticsReport Report(ReportingPeriod period, string? provinceId, IReadOnlyList<ClassRecord> records)
    {
        var report = new StatisticsReporter(Registry).Build(period, records, provinceId, Plans.SelectMany(ClassRecords.TargetsOf));
        return Scope.IsEverything
            ? report
            : report with
            {
                Centers = report.Centers.Where(c => Scope.Includes(c.CenterId)).ToList(),
                CentersWithoutClasses = report.CentersWithoutClasses.Where(c => Scope.Includes(c.CenterId)).ToList(),
            };
    }

    /// <summary>The totals of the eight quarters ending with the one that contains the period's last day.</summary>
    /// <param name="period">The period.</param>
    /// <param name="provinceId">The province.</param>
    /// <returns>Oldest first.</returns>
    public IReadOnlyList<(ReportingPeriod Quarter, Figures Total)> Trend(ReportingPeriod period, string? provinceId)
    {
        var last = ReportingPeriod.Containing(PeriodKind.Quarter, period.End, period.Policy);
        var quarters = new List<ReportingPeriod> { last };
        while (quarters.Count < 8 && quarters[0].Year > ReportingPeriod.MinYear)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        // Classes and learner-turns do not depend on the date attendance is counted to, so one set of records serves all eight.
        var records = RecordsAsOf(period.End);
        return quarters.Select(q => (q, Report(q, provinceId, records).Total)).ToList();
    }

    /// <summary>Learners with an attendance alert in the classes that count in the period, as of the period's end or today if earlier.</summary>
    /// <param name="period">The period.</param>
    /// <param name="today">Today.</param>
    /// <param name="centerIds">The centres of the report.</param>
    /// <returns>The alerts, one list per learner.</returns>
    public IReadOnlyList<AttendanceAlert> AttendanceAlerts(ReportingPeriod period, LocalDate today, IReadOnlySet<string> centerIds)
    {
        var asOf = LocalDate.Min(period.End, today);
        return Classes
            .Where(c => centerIds.Contains(c.CenterId) && c.HasOpened && c.FirstSessionDate is { } first && period.Contains(first))
            .SelectMany(c => EngineFor(c.ProgramCode).Evaluate(c, asOf))
            .SelectMany(l => l.Alerts)
            .ToList();
    }

    /// <summary>Part-time recognitions of the centres' lecturers that end within <see cref="ReportSource.ExpiryWarningDays"/> days.</summary>
    /// <param name="today">Today.</param>
    /// <param name="centerIds">The centres of the report.</param>
    /// <returns>The recognitions, soonest first.</returns>
    public IReadOnlyList<ExpiringRecognition> ExpiringRecognitions(LocalDate today, IReadOnlySet<string> centerIds) =>
        global::TrainingDomain.Lecturers.ExpiringRecognitions.Find(Lecturers.Where(l => centerIds.Contains(l.HomeCenterId)), today, ReportSource.ExpiryWarningDays);

    /// <summary>
    /// The library's accountability check of each centre whose staffing is recorded, on the period's last day or today
    /// if earlier: mandatory duties without an owner, among other findings.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="today">Today.</param>
    /// <param name="centerIds">The centres of the report.</param>
    /// <returns>One report per centre with recorded staffing that existed on that day.</returns>
    public IReadOnlyList<AccountabilityReport> Accountability(ReportingPeriod period, LocalDate today, IReadOnlySet<string> centerIds)
    {
        var asOf = LocalDate.Min(period.End, today);
        return Staffings
            .Where(s => centerIds.Contains(s.CenterId) && s.CenterValidFrom <= asOf && (s.CenterValidTo is null || s.CenterValidTo >= asOf))
            .Select(s => s.CheckAccountability(asOf))
            .ToList();
    }

    private IReadOnlyList<ClassRecord> RecordsAsOf(LocalDate asOf)
    {
        if (!_records.TryGetValue(asOf, out var records))
        {
            records = Classes.Select(c => ClassRecords.From(c, EngineFor(c.ProgramCode), asOf)).ToList();
            _records[asOf] = records;
        }

        return records;
    }

    private static AttendanceEngine EngineFor(string programCode) =>
        new(ProgramCatalog.Default.TryGet(programCode, out var program) ? AttendancePolicy.For(program) : AttendancePolicy.Default);
}
