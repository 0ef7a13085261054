using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Auditing;
using TrainingDomain.Persistence;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>
/// Runs one use case as one transaction: the body loads what it needs and changes it, then everything is saved and
/// committed together, or nothing is. A lost race on the audit chain or a certificate register is retried from a clean
/// context; a lost race on anything else (a class two administrators edit) becomes a <see cref="DomainRuleException"/>
/// <c>Data.Changed</c> that tells the user to reload.
/// </summary>
internal sealed class UseCaseRunner
{
    public const string ChangedRuleId = "Data.Changed";

    private readonly TrainingDbContext _db;
    private readonly IClock _clock;
    private readonly TrainingPolicies _policies;

    public UseCaseRunner(TrainingDbContext db, IClock clock, TrainingPolicies? policies)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        _db = db;
        _clock = clock;
        _policies = policies ?? TrainingPolicies.Default;
    }

    public TrainingDbContext Db => _db;

    public TrainingPolicies Policies => _policies;

    public Instant Now => _clock.GetCurrentInstant();

    public LocalDate Today => Now.InZone(_policies.Zone).Date;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> body, CancellationToken cancellationToken)
    {
        if (_db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A use case runs in a transaction of its own; the context is already in one.");
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await body(cancellationToken);
                await _db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException conflict) when (Retriable(conflict) && attempt <= _policies.ConflictRetries)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                _db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 + (5 * attempt))), cancellationToken);
            }
            catch (DbUpdateConcurrencyException conflict)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                _db.ChangeTracker.Clear();
                throw new DomainRuleException(
                    ChangedRuleId,
                    "Dữ liệu vừa được người khác thay đổi (lớp học, danh sách học viên hoặc sổ cấp chứng chỉ); hãy tải lại trang và thực hiện lại.",
                    conflict);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                _db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    public void Audit(string actor, string action, string entityType, string entityId, string? centerId, string? from, string? to, string? reason = null) =>
        _db.RecordAudit(new AuditEntry(Now, actor, action, entityType, entityId, centerId, from, to, reason));

    // The audit chain's head and a certificate register are moved by every save that appends to them; losing that race
    // changes nothing the user saw, so the use case can run again on fresh data.
    private static bool Retriable(DbUpdateConcurrencyException conflict) =>
        conflict is RegisterConflictException or AuditChainConflictException
        || (conflict.Entries.Count > 0 && conflict.Entries.All(e => e.Entity is AuditChainHead or CertificateRegister));
}
