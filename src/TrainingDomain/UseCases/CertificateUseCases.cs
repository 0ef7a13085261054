using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.Persistence.Configurations;
using TrainingDomain.Rules;

namespace TrainingDomain.UseCases;

/// <summary>
/// Issuing, cancelling and re-issuing certificates, each call one transaction with its audit entries. A centre keeps
/// one register per year; numbers are taken from it under optimistic concurrency, and a call that loses the race for
/// the next number runs again on the fresh register, so numbers stay unique and gap-free however many clerks issue at
/// once.
/// </summary>
public sealed class CertificateUseCases
{
    /// <summary>Rule id: no certificate has the number.</summary>
    public const string CertificateNotFound = "Certificate.NotFound";

    private const string Entity = "Certificate";

    private readonly UseCaseRunner _run;

    /// <summary>Creates the use cases over a context.</summary>
    /// <param name="db">The context.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="policies">The policies; <see cref="TrainingPolicies.Default"/> when omitted.</param>
    public CertificateUseCases(TrainingDbContext db, IClock clock, TrainingPolicies? policies = null)
    {
        _run = new UseCaseRunner(db, clock, policies);
    }

    private TrainingDbContext Db => _run.Db;

    /// <summary>
    /// Issues, in one batch dated today, a certificate to every learner of the class who qualifies (a passing final
    /// result and accepted attendance, per the certificate rules); the others are returned with the reasons.
    /// </summary>
    /// <param name="classId">The class (completed or closed).</param>
    /// <param name="actor">Who issues.</param>
    /// <param name="centreCode">The code printed in the numbers, used when the centre has no register for the year yet; the centre id when omitted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The certificates issued and the learners refused.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Class.NotCompleted</c> unless the class is completed or closed.</exception>
    public Task<CertificateBatch> IssueToClassAsync(Guid classId, string actor, string? centreCode = null, CancellationToken cancellationToken = default) =>
        IssueAsync(classId, null, actor, centreCode, cancellationToken);

    /// <summary>Issues one learner's certificate (a late result, a correction), dated today, as the batch would.</summary>
    /// <param name="classId">The class (completed or closed).</param>
    /// <param name="enrollmentId">The learner's enrolment.</param>
    /// <param name="actor">Who issues.</param>
    /// <param name="centreCode">The code printed in the numbers when the centre has no register for the year yet.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The certificate, or the refusal with its reasons.</returns>
    /// <exception cref="DomainRuleException"><c>Class.NotFound</c>; <c>Class.NotOfThisClass</c>; <c>Class.NotCompleted</c>.</exception>
    public Task<CertificateBatch> IssueToLearnerAsync(Guid classId, Guid enrollmentId, string actor, string? centreCode = null, CancellationToken cancellationToken = default) =>
        IssueAsync(classId, enrollmentId, actor, centreCode, cancellationToken);

    private Task<CertificateBatch> IssueAsync(Guid classId, Guid? enrollmentId, string actor, string? centreCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var trainingClass = await Db.TrainingClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, ct)
                                ?? throw new DomainRuleException(ClassUseCases.ClassNotFound, $"Không có lớp học mã {classId}.");
            if (trainingClass.Status is not (ClassStatus.Completed or ClassStatus.Closed))
            {
                throw new DomainRuleException(
                    "Class.NotCompleted",
                    $"Chỉ cấp giấy chứng nhận khi lớp {trainingClass.Code} đã kết thúc; lớp đang ở trạng thái '{ClassLabels.Of(trainingClass.Status)}'.");
            }

            var learners = trainingClass.Enrollments.Where(e => e.IsActive && (enrollmentId is null || e.Id == enrollmentId)).ToList();
            if (enrollmentId is { } wanted && learners.Count == 0)
            {
                throw new DomainRuleException(
                    ClassUseCases.NotOfThisClass, $"Học viên (mã ghi danh {wanted}) không thuộc lớp {trainingClass.Code} hoặc đã rút khỏi lớp.");
            }

            var ids = learners.Select(e => e.Id).ToList();
            var results = await Db.Set<AssessmentResult>().AsNoTracking()
                .Where(r => ids.Contains(r.EnrolmentId) && r.Kind == AssessmentKind.FinalPaper)
                .ToDictionaryAsync(r => r.EnrolmentId, ct);
            var candidates = learners.Select(e => new CertificateCandidate(e.Id, e.Learner.FullName, results.GetValueOrDefault(e.Id)));
            var register = await RegisterAsync(trainingClass.CenterId, _run.Today.Year, centreCode, ct);
            var batch = register.IssueToClass(candidates, _run.Today, _run.Policies.VerificationCodes, _run.Policies.Certificates);
            foreach (var certificate in batch.Issued)
            {
                _run.Audit(actor, "Certificate.Issued", Entity, certificate.Number, trainingClass.CenterId, null,
                    $"{certificate.LearnerName} – lớp {trainingClass.Code}");
            }

            return new CertificateBatch(batch.Issued, batch.NotIssued);
        }, cancellationToken);
    }

    /// <summary>Cancels a certificate with a reason.</summary>
    /// <param name="centerId">The centre whose register holds it.</param>
    /// <param name="year">The register's year.</param>
    /// <param name="number">The certificate's number.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who cancels.</param>
    /// <param name="expectedVersion">
    /// The register's version the user's page was built from (<see cref="TrainingDbContext.VersionOf"/>), or null: a
    /// register changed since (another certificate cancelled, re-issued or issued) is refused with <c>Data.Changed</c>.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cancelled certificate.</returns>
    /// <exception cref="DomainRuleException"><c>Certificate.NotFound</c>; <c>Certificate.AlreadyCancelled</c>; <c>Data.Changed</c>.</exception>
    public Task<Certificate> CancelAsync(
        string centerId, int year, string number, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var register = await ExistingRegisterAsync(centerId, year, number, expectedVersion, ct);
            var certificate = register.Cancel(number, reason, _run.Now);
            _run.Audit(actor, "Certificate.Cancelled", Entity, certificate.Number, centerId, nameof(CertificateStatus.Valid), certificate.Status.ToString(), reason);
            return certificate;
        }, cancellationToken);
    }

    /// <summary>Re-issues a certificate (the original is cancelled and linked to the new number).</summary>
    /// <param name="centerId">The centre whose register holds it.</param>
    /// <param name="year">The register's year (the new certificate is issued today, in that year).</param>
    /// <param name="number">The original's number.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who re-issues.</param>
    /// <param name="expectedVersion">
    /// The register's version the user's page was built from (<see cref="TrainingDbContext.VersionOf"/>), or null: a
    /// register changed since (another certificate cancelled, re-issued or issued) is refused with <c>Data.Changed</c>.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new certificate.</returns>
    /// <exception cref="DomainRuleException"><c>Certificate.NotFound</c>; <c>Certificate.AlreadyCancelled</c>; <c>Data.Changed</c>.</exception>
    public Task<Certificate> ReissueAsync(
        string centerId, int year, string number, string reason, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return _run.RunAsync(async ct =>
        {
            var register = await ExistingRegisterAsync(centerId, year, number, expectedVersion, ct);
            var reissue = register.Reissue(number, reason, _run.Now, _run.Today, _run.Policies.VerificationCodes);
            _run.Audit(actor, "Certificate.Cancelled", Entity, number, centerId, nameof(CertificateStatus.Valid), $"Cấp lại bằng {reissue.Number}", reason);
            _run.Audit(actor, "Certificate.Issued", Entity, reissue.Number, centerId, null, $"{reissue.LearnerName} – cấp lại giấy {number}", reason);
            return reissue;
        }, cancellationToken);
    }

    private async Task<CertificateRegister> ExistingRegisterAsync(string centerId, int year, string number, int? expectedVersion, CancellationToken cancellationToken)
    {
        var register = await Db.CertificateRegisters
            .FirstOrDefaultAsync(r => EF.Property<string>(r, TrainingCenterConfiguration.CenterIdName) == centerId && r.Year == year, cancellationToken);
        if (register is null || register.FindByNumber(number) is null)
        {
            throw new DomainRuleException(CertificateNotFound, $"Không có giấy chứng nhận số '{number}' trong sổ năm {year} của trung tâm {centerId}.");
        }

        if (expectedVersion is { } expected && Db.VersionOf(register) != expected)
        {
            throw new DomainRuleException(
                UseCaseRunner.ChangedRuleId,
                $"Sổ cấp giấy chứng nhận năm {year} vừa được người khác thay đổi sau khi trang được mở; hãy tải lại trang và thực hiện lại.");
        }

        return register;
    }

    private async Task<CertificateRegister> RegisterAsync(string centerId, int year, string? centreCode, CancellationToken cancellationToken)
    {
        var register = await Db.CertificateRegisters
            .FirstOrDefaultAsync(r => EF.Property<string>(r, TrainingCenterConfiguration.CenterIdName) == centerId && r.Year == year, cancellationToken);
        if (register is not null)
        {
            return register;
        }

        register = new CertificateRegister(string.IsNullOrWhiteSpace(centreCode) ? centerId : centreCode, year);
        Db.CertificateRegisters.Add(register);
        Db.SetCenter(register, centerId);
        return register;
    }
}
