using Microsoft.EntityFrameworkCore;
using TrainingDomain.Organization;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Specifications;
using static TrainingDomain.Persistence.Tests.Databases.SeedData;

namespace TrainingDomain.Persistence.Tests;

/// <summary>The seeded registry and lecturers read back, in a new context, as they were saved.</summary>
public abstract class RegistryRoundTripTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task TwelveCentresAreActiveOn31March2018()
    {
        await using var db = database.Open();
        var centers = await SpecificationEvaluator.Apply(db.TrainingCenters, new CentersActiveOnDateSpec(D(2018, 3, 31)))
            .ToListAsync(TestContext.Current.CancellationToken);

        centers.Count.ShouldBe(12);
    }

    [Fact]
    public async Task KimThanhCentreKeepsItsDatesAndServiceArea()
    {
        await using var db = database.Open();
        var kimThanh = await db.TrainingCenters.SingleAsync(c => c.Id == HaiDuongRegistry.KimThanhCenterId, TestContext.Current.CancellationToken);

        kimThanh.ValidFrom.ShouldBe(D(2018, 1, 1));
        kimThanh.ValidTo.ShouldBe(D(2025, 6, 30));
        kimThanh.GoverningCommittee.ShouldBe("Huyện ủy Kim Thành");
        kimThanh.ServiceAreas.ShouldHaveSingleItem().ShouldBe(new CenterServiceArea(HaiDuongRegistry.KimThanhId, D(2018, 1, 1), D(2025, 6, 30)));
    }

    [Fact]
    public async Task WholeRegistryLoadsBackAndPassesTheRegistryChecks()
    {
        await using var db = database.Open();
        var stored = await db.LoadRegistryAsync(TestContext.Current.CancellationToken);
        var original = Registry();

        stored.Units.OrderBy(u => u.Id, StringComparer.Ordinal).ShouldBe(original.Units.OrderBy(u => u.Id, StringComparer.Ordinal));
        stored.Changes.Select(c => c.ToString()).ShouldBe(original.Changes.Select(c => c.ToString()));
        stored.CentersOn(D(2025, 7, 1)).ShouldHaveSingleItem().Id.ShouldBe(HaiPhongCenterId);
        // Chí Linh became a provincial city on 01/03/2019: the upgrade links the two stored incarnations.
        stored.NameOn("290@2018-01-01", D(2019, 3, 1)).ShouldBe(original.NameOn("290@2018-01-01", D(2019, 3, 1)));
    }

    [Fact]
    public async Task LecturerKeepsRecognitionDatesTopicsAndLevels()
    {
        await using var db = database.Open();
        var lecturer = await db.Lecturers.SingleAsync(l => l.Id == "gv-kt-01", TestContext.Current.CancellationToken);

        lecturer.Recognitions.Select(r => (r.DecisionNumber, r.ValidFrom, r.ValidTo)).OrderBy(r => r.ValidFrom).ShouldBe(
        [
            ("12/QĐ-BTGHU", D(2018, 1, 15), D(2020, 1, 14)),
            ("40/QĐ-BTGHU", D(2020, 1, 15), D(2023, 1, 14)),
        ]);
        lecturer.LatestRecognition!.ValidTo.ShouldBe(D(2023, 1, 14));
        lecturer.Topics.ShouldBe(["NTD", "DVM"], ignoreOrder: true);
        lecturer.EducationLevel.ShouldBe(People.EducationLevel.University);
        lecturer.HasPedagogyCertificate.ShouldBe(true);
    }

    [Fact]
    public async Task RecognitionRowsCarryTheLecturersCentreId()
    {
        await using var db = database.Open();
        var lecturers = await db.Lecturers.ToListAsync(TestContext.Current.CancellationToken);
        var centerIds = lecturers
            .SelectMany(l => l.Recognitions.Select(r => new { l.HomeCenterId, CenterId = db.Entry(r).Property<string>("CenterId").CurrentValue }))
            .ToList();

        centerIds.Count.ShouldBe(4);
        centerIds.ShouldAllBe(row => row.CenterId == row.HomeCenterId);
    }
}

public sealed class SqliteRegistryRoundTripTests(SqliteDatabase database)
    : RegistryRoundTripTests<SqliteDatabase>(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresRegistryRoundTripTests(PostgresDatabase database)
    : RegistryRoundTripTests<PostgresDatabase>(database), IClassFixture<PostgresDatabase>;
