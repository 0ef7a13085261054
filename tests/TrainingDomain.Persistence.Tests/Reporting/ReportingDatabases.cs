using TrainingDomain.Organization;
using TrainingDomain.Persistence.Tests.Databases;

namespace TrainingDomain.Persistence.Tests.Reporting;

/// <summary>
/// What the report tests read: the seed registry plus a Hải Phòng centre of 2018 (outside the Hải Dương province
/// filter), and <see cref="ReportingDataset"/> classes and plans at six Hải Dương centres and the Hải Phòng one, first
/// sessions from December 2016 to December 2018. Kim Thành and the other Hải Dương centres open no class.
/// </summary>
public static class ReportingSeed
{
    public const string HaiPhongCenterId = "TTCT-HP-KA";

    public static readonly string[] CentersWithClasses =
    [
        .. new[] { "288", "290", "291", "292", "294", "295" }.Select(HaiDuongRegistry.CenterIdOf),
        HaiPhongCenterId,
    ];

    public static async Task WriteAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var registry = SeedData.Registry();
        var kienAn = new TrainingCenter(
            HaiPhongCenterId,
            "Trung tâm Chính trị quận Kiến An",
            "Quận ủy Kiến An",
            HaiDuongRegistry.RecordsStart,
            HaiDuongRegistry.DistrictTierLastDay,
            [new CenterServiceArea(HaiDuongRegistry.HaiPhongBeforeMergerId, HaiDuongRegistry.RecordsStart, HaiDuongRegistry.DistrictTierLastDay)]);
        db.AddRegistry(new OrganizationRegistry(registry.Units, registry.Changes, [.. registry.Centers, kienAn]));
        var dataset = ReportingDataset.Generate(2018, CentersWithClasses, 240, new LocalDate(2016, 12, 1), new LocalDate(2018, 12, 31), learnerScale: 0.1);
        // Everything is new: no need to compare snapshots (every JSON column serialised twice) on each save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.TrainingClasses.AddRange(dataset.Classes);
        db.AnnualClassPlans.AddRange(dataset.Plans);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A SQLite database holding <see cref="ReportingSeed"/>.</summary>
public sealed class SqliteReportingDatabase : SqliteTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => ReportingSeed.WriteAsync(db, cancellationToken);
}

/// <summary>A PostgreSQL database holding <see cref="ReportingSeed"/>.</summary>
public sealed class PostgresReportingDatabase : PostgresTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => ReportingSeed.WriteAsync(db, cancellationToken);
}
