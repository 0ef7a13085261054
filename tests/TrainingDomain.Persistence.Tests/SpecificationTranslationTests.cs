using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Lecturers;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Specifications;
using static TrainingDomain.Persistence.Tests.Databases.SeedData;

namespace TrainingDomain.Persistence.Tests;

/// <summary>The library's specifications run as SQL and select the same rows as <c>spec.Evaluate(list)</c> in memory.</summary>
public abstract class SpecificationTranslationTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    public static TheoryData<int, int, int, int> CentreDates => new()
    {
        { 2017, 12, 31, 0 }, // before the records start
        { 2018, 3, 31, 12 },
        { 2025, 6, 30, 12 }, // last day of the district tier, inclusive
        { 2025, 7, 1, 1 },   // only the open-ended Hải Phòng centre
    };

    public static TheoryData<int, int, int, int> ExpiryDates => new()
    {
        { 2021, 5, 31, 0 }, // Chí Linh's decision ends on the date itself: still valid then
        { 2021, 6, 1, 1 },
        { 2024, 1, 1, 2 },  // Kim Thành's renewed decision ended 14/01/2023
        { 2026, 1, 1, 3 },
    };

    [Theory]
    [MemberData(nameof(CentreDates))]
    public async Task CentersActiveOnDateMatchesInMemory(int year, int month, int day, int expected)
    {
        var spec = new CentersActiveOnDateSpec(D(year, month, day));
        await using var db = database.Open();

        var inSql = await SpecificationEvaluator.Apply(db.TrainingCenters.AsNoTracking(), spec).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);

        inSql.Count.ShouldBe(expected);
        inSql.ShouldBe(spec.Evaluate(Registry().Centers).Select(c => c.Id), ignoreOrder: true);
        ToSql(db.TrainingCenters, spec).ShouldContain("WHERE");
    }

    [Theory]
    [MemberData(nameof(ExpiryDates))]
    public async Task LecturersWithRecognitionExpiringBeforeMatchesInMemory(int year, int month, int day, int expected)
    {
        var spec = new LecturersWithRecognitionExpiringBeforeSpec(D(year, month, day));
        await using var db = database.Open();

        var inSql = await SpecificationEvaluator.Apply(db.Lecturers.AsNoTracking(), spec).Select(l => l.Id).ToListAsync(TestContext.Current.CancellationToken);

        inSql.Count.ShouldBe(expected);
        inSql.ShouldBe(spec.Evaluate(SeedData.Lecturers()).Select(l => l.Id), ignoreOrder: true);
        ToSql(db.Lecturers, spec).ShouldContain("EXISTS");
    }

    private static string ToSql<T>(DbSet<T> set, ISpecification<T> spec)
        where T : class => SpecificationEvaluator.Apply(set, spec).ToQueryString();
}

public sealed class SqliteSpecificationTranslationTests(SqliteDatabase database)
    : SpecificationTranslationTests<SqliteDatabase>(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresSpecificationTranslationTests(PostgresDatabase database)
    : SpecificationTranslationTests<PostgresDatabase>(database), IClassFixture<PostgresDatabase>;
