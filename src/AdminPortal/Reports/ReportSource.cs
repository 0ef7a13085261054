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
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>
/// Where the dashboard and the reports get their figures: the library's <see cref="DatabaseStatistics"/>, which counts
/// in SQL, for the reports; and, for the tiles, the library's <see cref="AttendanceEngine"/> over the classes of the
/// period only, <see cref="ExpiringRecognitions"/> over the user's lecturers and the accountability check over their
/// centres' staffing. The portal computes no figure itself and never reads every class.
/// </summary>
/// <param name="db">The training database.</param>
/// <param name="policies">The province's policies (counting rules, programme catalogue, attendance), as stored.</param>
public sealed class ReportSource(TrainingDbContext db, PortalPolicies policies)
{
    /// <summary>How far ahead a part-time lecturer's recognition counts as expiring.</summary>
    public const int ExpiryWarningDays = 60;

    /// <summary>Reads the registry and what the user may see of lecturers and staffing.</summary>
    /// <param name="scope">The user's centres.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The data, ready for reports.</returns>
    public async Task<ReportData> LoadAsync(CenterScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var registry = await db.LoadRegistryAsync(cancellationToken);
        var lecturers = db.Lecturers.AsNoTracking();
        var staffings = db.CenterStaffings.AsNoTracking();
        if (!scope.IsEverything)
        {
            var center = scope.CenterId ?? "";
            lecturers = lecturers.Where(l => l.HomeCenterId == center);
            staffings = staffings.Where(s => s.CenterId == center);
        }

        return new ReportData(
            db,
            await policies.GetAsync(cancellationToken),
            registry,
            scope,
            await lecturers.ToListAsync(cancellationToken),
            await staffings.ToListAsync(cancellationToken));
    }
}

/// <summary>The registry, the lecturers and staffing a user may see, and the reports over the database.</summary>
public sealed class ReportData
{
    private static readonly ClassStatus[] Opened = [ClassStatus.InProgress, ClassStatus.Completed, ClassStatus.Closed];

    private readonly TrainingDbContext _db;
    private readonly TrainingPolicies _policies;

    /// <summary>Creates the data.</summary>
    /// <param name="db">The training database the reports are counted in.</param>
    /// <param name="policies">The province's policies.</param>
    /// <param name="registry">The organisation registry as stored.</param>
    /// <param name="scope">The centres the user may see.</param>
    /// <param name="lecturers">The lecturers.</param>
    /// <param name="staffings">The centres' staff and duty assignments, where recorded.</param>
    public ReportData(TrainingDbContext db, TrainingPolicies policies, OrganizationRegistry registry, CenterScope scope, IReadOnlyList<Lecturer> lecturers, IReadOnlyList<CenterStaffing> staffings)
    {
        _db = db;
        _policies = policies;
        Registry = registry;
        Scope = scope;
        Lecturers = lecturers;
        Staffings = staffings;
    }

    /// <summary>The organisation registry as stored.</summary>
    public OrganizationRegistry Registry { get; }

    /// <summary>The centres the user may see.</summary>
    public CenterScope Scope { get; }

    /// <summary>The lecturers.</summary>
    public IReadOnlyList<Lecturer> Lecturers { get; }

    /// <summary>The centres' staff and duty assignments, where recorded.</summary>
    public IReadOnlyList<CenterStaffing> Staffings { get; }

    /// <summary>The provinces of the registry that existed during the period, by name.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The provinces.</returns>
    public IReadOnlyList<AdministrativeUnit> ProvincesDuring(ReportingPeriod period) =>
        Registry.Units
            .Where(u => u.Tier == UnitTier.Province && u.ValidFrom <= period.End && (u.ValidTo is null || u.ValidTo >= period.Start))
            .OrderBy(u => u.Name, StringComparer.Create(People.Labels.Vietnamese, ignoreCase: true))
            .ToList();

    /// <summary>The library's statistics report for the period, counted by the database and limited to the user's centres.</summary>
    /// <param name="period">The period.</param>
    /// <param name="provinceId">The province, or <c>null</c> for every centre of the registry.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    public Task<StatisticsReport> ReportAsync(ReportingPeriod period, string? provinceId, CancellationToken cancellationToken)
    {
        if (!Scope.IsEverything && Scope.CenterId is null)
        {
            // A centre-bound account without a centre sees no centre: the report of no class, with no centre line.
            var empty = new StatisticsReporter(Registry, _policies.Counting).Build(period, [], provinceId);
            return Task.FromResult(empty with { Centers = [], CentersWithoutClasses = [], PlanProgress = [] });
        }

        return new DatabaseStatistics(_db, _policies.Counting).BuildAsync(period, provinceId, Scope.CenterId, cancellationToken);
    }

    /// <summary>The totals of the eight quarters ending with the one that contains the report's last day.</summary>
    /// <param name="report">The report of the period, reused when its period is the last quarter.</param>
    /// <param name="provinceId">The province.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Oldest first.</returns>
    public async Task<IReadOnlyList<(ReportingPeriod Quarter, Figures Total)>> TrendAsync(StatisticsReport report, string? provinceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var last = ReportingPeriod.Containing(PeriodKind.Quarter, period.End, period.Policy);
        var quarters = new List<ReportingPeriod> { last };
        while (quarters.Count < 8 && quarters[0].Year > ReportingPeriod.MinYear)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        if (!Scope.IsEverything && Scope.CenterId is null)
        {
            return quarters.Select(q => (q, new Figures())).ToList();
        }

        // The eight quarters with one set of queries; the period's own report when it is the last quarter.
        var reports = await new DatabaseStatistics(_db, _policies.Counting).BuildSeriesAsync(quarters, provinceId, Scope.CenterId, cancellationToken);
        return quarters.Select((q, i) => (q, q == period ? report.Total : reports[i].Total)).ToList();
    }

    /// <summary>
    /// Learners with an attendance alert in the classes that count in the period, as of the period's end or today if
    /// earlier. Only the opened classes of the centres whose first session falls in the period are read.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="today">Today.</param>
    /// <param name="centerIds">The centres of the report.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The alerts, one list per learner.</returns>
    public async Task<IReadOnlyList<AttendanceAlert>> AttendanceAlertsAsync(ReportingPeriod period, LocalDate today, IReadOnlySet<string> centerIds, CancellationToken cancellationToken)
    {
        var asOf = LocalDate.Min(period.End, today);
        var ids = centerIds.ToList();
        var start = period.Start;
        var end = period.End;
        // Nominations (with their verdicts) play no part in attendance; enrolments bring their marks (owned).
        var classes = await _db.TrainingClasses.AsNoTracking().AsSplitQuery().IgnoreAutoIncludes()
            .Include(c => c.Enrollments)
            .Where(c => ids.Contains(c.CenterId) && Opened.Contains(c.Status) && c.Sessions.Any())
            .Where(c => c.Sessions.Min(s => s.Slot.Date) >= start && c.Sessions.Min(s => s.Slot.Date) <= end)
            .ToListAsync(cancellationToken);
        return classes
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

    private AttendanceEngine EngineFor(string programCode) =>
        new(_policies.Programs.TryGet(programCode, out var program) ? AttendancePolicy.For(program) : _policies.Attendance);
}
