using NodaTime.Testing;
using TrainingDomain.Auditing;
using TrainingDomain.Classes;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>
/// A province's own programme values: stored, read back as the province's <see cref="TrainingPolicies"/> (defaults
/// with the stored values in place) after a restart, each change in the audit trail; bad values store nothing.
/// </summary>
public abstract class PolicyStoreTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly FakeClock _clock = new(Instant.FromUtc(2018, 4, 13, 2, 0));

    // Each test its own province, so that tests sharing the database never see each other's rows.
    private readonly string _province = "P-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task StoredValuesReplaceTheDefaultsOfThatProgrammeOnlyAndEachChangeIsAudited()
    {
        await using (var db = database.Open())
        {
            await new PolicyStore(db, _clock).ChangeProgramAsync(_province, "ntd", new ProgramPolicyValues(0.9m, 20, 50), "admin@hd.vn", Token);
        }

        _clock.AdvanceMinutes(5);
        await using (var db = database.Open())
        {
            await new PolicyStore(db, _clock).ChangeProgramAsync(_province, "NTD", new ProgramPolicyValues(0.85m, 25, 45), "admin2@hd.vn", Token);
        }

        await using var read = database.Open();
        var store = new PolicyStore(read, _clock);
        var policies = await store.LoadAsync(_province, Token);
        var ntd = policies.Programs.Get("NTD");

        ntd.AttendanceThreshold.ShouldBe(0.85m);
        ntd.ClassSize.ShouldBe(new ClassSizeBounds(25, 45));
        ntd.Audience.ShouldBe(ProgramCatalog.Default.Get("NTD").Audience);
        AttendancePolicy.For(ntd).ShouldNotBe(AttendancePolicy.For(ProgramCatalog.Default.Get("NTD")));
        foreach (var other in ProgramCatalog.Default.Programs.Where(p => p.Code != "NTD"))
        {
            ProgramPolicyValues.Of(policies.Programs.Get(other.Code)).ShouldBe(ProgramPolicyValues.Of(other));
        }

        var stored = (await store.OverridesAsync(_province, Token)).ShouldHaveSingleItem();
        stored.ChangedBy.ShouldBe("admin2@hd.vn");
        stored.ChangedAt.ShouldBe(_clock.GetCurrentInstant());

        var defaults = ProgramPolicyValues.Of(ProgramCatalog.Default.Get("NTD"));
        var audit = await new AuditTrail(read).ForAsync(PolicyStore.AuditEntityType, $"{_province}/NTD", Token);
        audit.Select(e => (e.Actor, e.From, e.To)).ShouldBe(
        [
            ("admin@hd.vn", defaults.ToString(), "chuyên cần 90 %, sĩ số 20–50"),
            ("admin2@hd.vn", "chuyên cần 90 %, sĩ số 20–50", "chuyên cần 85 %, sĩ số 25–45"),
        ]);
        (await new AuditTrail(read).VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task AProvinceWithNothingStoredGetsTheDefaults()
    {
        await using var db = database.Open();
        await new PolicyStore(db, _clock).ChangeProgramAsync(_province, "NTD", new ProgramPolicyValues(0.7m, 10, 30), "admin@hd.vn", Token);

        var elsewhere = await new PolicyStore(db, _clock).LoadAsync(_province + "-other", Token);

        elsewhere.ShouldBeSameAs(TrainingPolicies.Default);
    }

    [Theory]
    // The smallest class above the largest; no learner at all; a threshold of 0 and one above 100 %.
    [InlineData("0.8", 30, 20, "MaxClassSize")]
    [InlineData("0.8", 0, 20, "MinClassSize")]
    [InlineData("0", 10, 20, "AttendanceThreshold")]
    [InlineData("1.01", 10, 20, "AttendanceThreshold")]
    public async Task OutOfRangeValuesAreRefusedByNameAndNothingIsStored(string threshold, int min, int max, string field)
    {
        await using var db = database.Open();
        var store = new PolicyStore(db, _clock);

        var failure = await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            store.ChangeProgramAsync(_province, "NTD", new ProgramPolicyValues(decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture), min, max), "admin@hd.vn", Token));

        failure.ParamName.ShouldBe(field == "MaxClassSize" ? "Max" : field == "MinClassSize" ? "Min" : field);
        (await store.OverridesAsync(_province, Token)).ShouldBeEmpty();
        (await new AuditTrail(db).ForAsync(PolicyStore.AuditEntityType, $"{_province}/NTD", Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownProgrammeIsRefusedWithTheRule()
    {
        await using var db = database.Open();

        var failure = await Should.ThrowAsync<DomainRuleException>(() =>
            new PolicyStore(db, _clock).ChangeProgramAsync(_province, "XYZ", new ProgramPolicyValues(0.8m, 10, 20), "admin@hd.vn", Token));

        failure.RuleId.ShouldBe(PolicyStore.ProgramNotFound);
    }
}

public sealed class SqlitePolicyStoreTests(SqliteUseCaseDatabase database) : PolicyStoreTests<SqliteUseCaseDatabase>(database), IClassFixture<SqliteUseCaseDatabase>;

public sealed class PostgresPolicyStoreTests(PostgresUseCaseDatabase database) : PolicyStoreTests<PostgresUseCaseDatabase>(database), IClassFixture<PostgresUseCaseDatabase>;
