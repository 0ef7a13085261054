using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Rules;

namespace TrainingDomain.Persistence.Tests;

/// <summary>
/// A Kim Thành certificate register (issue, cancel, re-issue) read back in a new context as it was saved and searched by
/// verification code; two contexts issuing at once cannot both take the next number, and the database refuses a
/// repeated number even when the concurrency token is bypassed.
/// </summary>
public abstract class CertificateRoundTripTests<TDatabase>(TDatabase database)
    where TDatabase : TestDatabase
{
    private const string CentreCode = "KT";
    private static readonly IVerificationCodeSource Codes = new HmacVerificationCodeSource("bí-mật-của-tỉnh-Hải-Dương"u8.ToArray());
    private static readonly Instant CancelledAt = Instant.FromUtc(2030, 6, 1, 3, 0);

    // Tests share one database, where a centre has one register a year.
    private static int _year = 2030;

    private static CertificateCandidate Passing(string name)
    {
        var enrolment = Guid.NewGuid();
        var result = AssessmentResult.Record(enrolment, AssessmentKind.Test, Score.Of(8m), new AttendanceStanding(40, 36, 0, 0.8m), new LocalDate(2030, 5, 9), null);
        return new CertificateCandidate(enrolment, name, result);
    }

    private async Task<int> NewRegisterAsync()
    {
        var year = Interlocked.Increment(ref _year);
        await using var db = database.Open();
        var register = new CertificateRegister(CentreCode, year);
        db.CertificateRegisters.Add(register);
        db.SetCenter(register, HaiDuongRegistry.KimThanhCenterId);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return year;
    }

    private static Task<CertificateRegister> LoadAsync(TrainingDbContext db, int year) =>
        db.CertificateRegisters.SingleAsync(r => r.CentreCode == CentreCode && r.Year == year, TestContext.Current.CancellationToken);

    [Fact]
    public async Task IssuedCancelledAndReissuedCertificatesReadBack()
    {
        var year = await NewRegisterAsync();
        var issuedOn = new LocalDate(year, 5, 10);
        Certificate reissue;
        string firstCode;
        await using (var db = database.Open())
        {
            var register = await LoadAsync(db, year);
            var batch = register.IssueToClass([Passing("Nguyễn Văn An"), Passing("Trần Thị Bình")], issuedOn, Codes);
            batch.Issued.Count.ShouldBe(2);
            firstCode = batch.Issued[0].VerificationCode;
            register.Cancel(batch.Issued[1].Number, "Ghi sai ngày sinh", CancelledAt);
            reissue = register.Reissue(batch.Issued[0].Number, "Mất bản gốc", CancelledAt, issuedOn.PlusDays(20), Codes);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        var stored = await LoadAsync(reader, year);

        stored.NumberFormat.ShouldBe(CertificateNumberFormat.Default.Template);
        stored.NextSequence.ShouldBe(4);
        stored.Certificates.Select(c => c.Sequence).ShouldBe([1, 2, 3]);
        var (first, second, third) = (stored.Certificates.ElementAt(0), stored.Certificates.ElementAt(1), stored.Certificates.ElementAt(2));
        first.Number.ShouldBe($"1/{year}/GCN-KT");
        first.Status.ShouldBe(CertificateStatus.Cancelled);
        first.CancellationReason.ShouldBe("Mất bản gốc");
        first.CancelledAt.ShouldBe(CancelledAt);
        first.ReissuedAs.ShouldBe(reissue.Number);
        first.LearnerName.ShouldBe("Nguyễn Văn An");
        first.IssuedOn.ShouldBe(issuedOn);
        first.Verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        first.Verdict.RuleSetId.ShouldBe(CertificateRules.Default.Id);
        first.Verdict.Results.Count.ShouldBe(reissue.Verdict.Results.Count);
        second.Status.ShouldBe(CertificateStatus.Cancelled);
        second.CancellationReason.ShouldBe("Ghi sai ngày sinh");
        second.ReissuedAs.ShouldBeNull();
        third.Number.ShouldBe(reissue.Number);
        third.Status.ShouldBe(CertificateStatus.Valid);
        third.ReissueOf.ShouldBe(first.Number);
        third.EnrolmentId.ShouldBe(first.EnrolmentId);
        third.VerificationCode.ShouldBe(reissue.VerificationCode);
        third.CancelledAt.ShouldBeNull();
        stored.FindByVerificationCode(firstCode.ToLowerInvariant()).ShouldBeSameAs(first);
        stored.Certificates.ShouldAllBe(c => (string?)reader.Entry(c).Property(CertificateRegisterConfiguration.CentreCodeName).CurrentValue == CentreCode);
        stored.Certificates.ShouldAllBe(c => (string?)reader.Entry(c).Property(TrainingCenterConfiguration.CenterIdName).CurrentValue == HaiDuongRegistry.KimThanhCenterId);
        stored.Certificates.ShouldAllBe(c => (string?)reader.Entry(c).Property(TrainingDbContext.ProvinceIdName).CurrentValue == HaiDuongRegistry.HaiDuongProvinceId);

        await using var searcher = database.Open();
        var holder = await searcher.CertificateRegisters
            .SingleAsync(r => r.Certificates.Any(c => c.VerificationCode == reissue.VerificationCode), TestContext.Current.CancellationToken);
        holder.Year.ShouldBe(year);
        holder.FindByVerificationCode(reissue.VerificationCode)!.Number.ShouldBe(reissue.Number);
    }

    [Fact]
    public async Task ConcurrentIssuesCannotTakeTheSameNumberAndRetriesLeaveNoGaps()
    {
        var year = await NewRegisterAsync();
        var issuedOn = new LocalDate(year, 5, 10);
        var names = new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang" };
        for (var k = 0; k < names.Length; k += 2)
        {
            await using var first = database.Open();
            await using var second = database.Open();
            (await LoadAsync(first, year)).Issue(Passing(names[k]), issuedOn, Codes);
            var loser = Passing(names[k + 1]);
            var secondCopy = await LoadAsync(second, year);
            secondCopy.Issue(loser, issuedOn, Codes).Sequence.ShouldBe(k + 1);
            await first.SaveChangesAsync(TestContext.Current.CancellationToken);

            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));

            await using var retry = database.Open();
            (await LoadAsync(retry, year)).Issue(loser, issuedOn, Codes).Sequence.ShouldBe(k + 2);
            await retry.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.Open();
        var stored = await LoadAsync(reader, year);
        stored.Certificates.Select(c => c.Sequence).ShouldBe(Enumerable.Range(1, names.Length));
        stored.Certificates.Select(c => c.Number).Distinct().Count().ShouldBe(names.Length);
        stored.Certificates.Select(c => c.VerificationCode).Distinct().Count().ShouldBe(names.Length);
        stored.Certificates.Select(c => c.LearnerName).ShouldBe(names);
    }

    [Fact]
    public async Task TheDatabaseRefusesARepeatedNumberEvenWithoutTheToken()
    {
        var year = await NewRegisterAsync();
        var issuedOn = new LocalDate(year, 5, 10);
        await using var first = database.Open();
        await using var second = database.Open();
        (await LoadAsync(first, year)).Issue(Passing("Nguyễn Văn An"), issuedOn, Codes);
        var stale = await LoadAsync(second, year);
        await first.SaveChangesAsync(TestContext.Current.CancellationToken);

        // A writer that ignores the token (here: claims to have read the current version) still cannot reuse number 1.
        var version = second.Entry(stale).Property<int>(CertificateRegisterConfiguration.VersionName);
        version.OriginalValue = (await first.CertificateRegisters.AsNoTracking()
            .Where(r => r.CentreCode == CentreCode && r.Year == year)
            .Select(r => EF.Property<int>(r, CertificateRegisterConfiguration.VersionName))
            .SingleAsync(TestContext.Current.CancellationToken));
        stale.Issue(Passing("Trần Thị Bình"), issuedOn, Codes).Sequence.ShouldBe(1);

        var failure = await Should.ThrowAsync<DbUpdateException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));
        failure.ShouldNotBeOfType<DbUpdateConcurrencyException>();

        await using var reader = database.Open();
        (await LoadAsync(reader, year)).Certificates.Single().LearnerName.ShouldBe("Nguyễn Văn An");
    }
}

public sealed class SqliteCertificateRoundTripTests(SqliteDatabase database)
    : CertificateRoundTripTests<SqliteDatabase>(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresCertificateRoundTripTests(PostgresDatabase database)
    : CertificateRoundTripTests<PostgresDatabase>(database), IClassFixture<PostgresDatabase>;
