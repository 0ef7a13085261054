using NodaTime.Testing;
using TrainingDomain.Auditing;
using TrainingDomain.Classes;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>
/// A centre's list of nominating organisations: listed, read on a day, ended, reinstated, each change audited; a
/// duplicate code, an unknown centre or code and a last day before the first are refused and store nothing.
/// </summary>
public abstract class NominatorUseCaseTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private const string Center = UseCaseSeed.CenterId;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly FakeClock _clock = new(Instant.FromUtc(2018, 1, 2, 2, 0));

    // Each test its own codes, so that tests sharing the database never see each other's rows.
    private readonly string _code = "CB-" + Guid.NewGuid().ToString("N")[..8];

    private NominatingOrganization Cell => new(_code, NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");

    [Fact]
    public async Task AListedOrganisationIsKnownFromItsFirstDayToItsLastAndAgainAfterReinstatement()
    {
        await using (var db = database.Open())
        {
            await new NominatorUseCases(db, _clock).AddAsync(Center, Cell, new LocalDate(2018, 1, 2), "canbo@kt", Token);
        }

        await using (var db = database.Open())
        {
            (await db.NominatorsOnAsync(Center, new LocalDate(2018, 1, 1), Token)).ShouldNotContain(o => o.Id == _code);
            (await db.NominatorsOnAsync(Center, new LocalDate(2018, 3, 1), Token)).ShouldContain(Cell);
            (await db.NominatorsOnAsync("TTCT-288", new LocalDate(2018, 3, 1), Token)).ShouldNotContain(o => o.Id == _code);
            await new NominatorUseCases(db, _clock).EndAsync(Center, _code.ToLowerInvariant(), new LocalDate(2018, 6, 30), "Sáp nhập thôn", "canbo@kt", Token);
        }

        var renamed = new NominatingOrganization(_code, NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm mới");
        await using (var db = database.Open())
        {
            (await db.NominatorsOnAsync(Center, new LocalDate(2018, 6, 30), Token)).ShouldContain(Cell);
            (await db.NominatorsOnAsync(Center, new LocalDate(2018, 7, 1), Token)).ShouldNotContain(o => o.Id == _code);
            await new NominatorUseCases(db, _clock).ReinstateAsync(Center, renamed, new LocalDate(2018, 9, 1), "quantri@hd", Token);
        }

        await using var read = database.Open();
        (await read.NominatorsOnAsync(Center, new LocalDate(2018, 8, 1), Token)).ShouldNotContain(o => o.Id == _code);
        (await read.NominatorsOnAsync(Center, new LocalDate(2018, 9, 1), Token)).ShouldContain(renamed);
        var audit = await new AuditTrail(read).ForAsync("NominatorListing", $"{Center}/{_code}", Token);
        audit.Select(e => (e.Action, e.Actor, e.Reason)).ShouldBe(
        [
            ("Nominator.Listed", "canbo@kt", (string?)null),
            ("Nominator.Ended", "canbo@kt", "Sáp nhập thôn"),
            ("Nominator.Reinstated", "quantri@hd", null),
        ]);
        audit[2].To.ShouldNotBeNull().ShouldContain("Chi bộ thôn Đồng Tâm mới");
        (await new AuditTrail(read).VerifyAsync(Token)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task RefusalsNameTheRuleAndStoreNothing()
    {
        await using var db = database.Open();
        var uses = new NominatorUseCases(db, _clock);
        await uses.AddAsync(Center, Cell, new LocalDate(2018, 1, 2), "canbo@kt", Token);
        var other = new NominatingOrganization(_code.ToLowerInvariant(), NominatingOrganizationKind.Agency, "Ủy ban nhân dân xã");

        (await Should.ThrowAsync<DomainRuleException>(() => uses.AddAsync(Center, other, new LocalDate(2018, 2, 1), "canbo@kt", Token)))
            .RuleId.ShouldBe(NominatorUseCases.Duplicate);
        (await Should.ThrowAsync<DomainRuleException>(() => uses.AddAsync("TTCT-999", Cell, new LocalDate(2018, 2, 1), "canbo@kt", Token)))
            .RuleId.ShouldBe(ClassUseCases.CenterNotFound);
        (await Should.ThrowAsync<DomainRuleException>(() => uses.EndAsync(Center, _code + "-x", new LocalDate(2018, 2, 1), null, "canbo@kt", Token)))
            .RuleId.ShouldBe(NominatorUseCases.NotFound);
        (await Should.ThrowAsync<DomainRuleException>(() => uses.EndAsync(Center, _code, new LocalDate(2017, 12, 31), null, "canbo@kt", Token)))
            .RuleId.ShouldBe(NominatorListing.EndsBeforeItStarts);
        (await Should.ThrowAsync<DomainRuleException>(() => uses.ReinstateAsync(Center, Cell, new LocalDate(2018, 3, 1), "canbo@kt", Token)))
            .RuleId.ShouldBe(NominatorListing.NotEnded);

        await using var read = database.Open();
        (await read.NominatorsOnAsync(Center, new LocalDate(2018, 12, 31), Token)).Where(o => o.Id.StartsWith(_code, StringComparison.OrdinalIgnoreCase)).ShouldBe([Cell]);
        (await new AuditTrail(read).ForAsync("NominatorListing", $"{Center}/{_code}", Token)).ShouldHaveSingleItem().Action.ShouldBe("Nominator.Listed");
    }
}

public sealed class SqliteNominatorUseCaseTests(SqliteUseCaseDatabase database) : NominatorUseCaseTests<SqliteUseCaseDatabase>(database), IClassFixture<SqliteUseCaseDatabase>;

public sealed class PostgresNominatorUseCaseTests(PostgresUseCaseDatabase database) : NominatorUseCaseTests<PostgresUseCaseDatabase>(database), IClassFixture<PostgresUseCaseDatabase>;
