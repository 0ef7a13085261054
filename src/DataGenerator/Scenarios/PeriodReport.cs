using Microsoft.EntityFrameworkCore;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// The library's period statistics (<see cref="StatisticsReporter"/> under the default <see cref="CountingPolicy"/>)
/// over a set of classes, in memory or read back from a database.
/// </summary>
internal static class PeriodReport
{
    public static StatisticsReport Of(OrganizationRegistry registry, IEnumerable<TrainingClass> classes, ReportingPeriod period, NodaTime.LocalDate asOf, string? provinceId)
    {
        var records = classes.Select(c => ClassRecords.From(c, EngineFor(c.ProgramCode), asOf)).ToList();
        return new StatisticsReporter(registry).Build(period, records, provinceId);
    }

    /// <summary>Reads the registry and the classes back from a database and builds the report.</summary>
    public static async Task<StatisticsReport> FromDatabaseAsync(TrainingDbContext db, ReportingPeriod period, NodaTime.LocalDate asOf, string? provinceId, CancellationToken cancellationToken = default)
    {
        var registry = await db.LoadRegistryAsync(cancellationToken);
        var classes = await db.TrainingClasses.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken);
        return Of(registry, classes, period, asOf, provinceId);
    }

    /// <summary>The attendance engine under the policy of a class's programme (default policy for an unknown code).</summary>
    internal static AttendanceEngine EngineFor(string programCode) =>
        new(ProgramCatalog.Default.TryGet(programCode, out var program) ? AttendancePolicy.For(program) : AttendancePolicy.Default);
}
