namespace TrainingDomain.Assessment;

/// <summary>
/// An entry of a <see cref="CertificateRegister"/>: a certificate (giấy chứng nhận) with its register number,
/// verification code and the verdict it was issued on. A cancelled certificate stays in the register; a re-issue links
/// to the certificate it replaces and back.
/// </summary>
public sealed class Certificate
{
    internal Certificate(
        int sequence, string number, Guid enrolmentId, string learnerName, LocalDate issuedOn, string verificationCode, Verdict verdict, string? reissueOf)
    {
        Sequence = sequence;
        Number = number;
        EnrolmentId = enrolmentId;
        LearnerName = learnerName;
        IssuedOn = issuedOn;
        VerificationCode = verificationCode;
        Verdict = verdict;
        ReissueOf = reissueOf;
        Status = CertificateStatus.Valid;
    }

    // For EF Core.
    private Certificate()
    {
        Number = string.Empty;
        LearnerName = string.Empty;
        VerificationCode = string.Empty;
        Verdict = null!;
    }

    /// <summary>The sequence number in the register, from 1, without gaps.</summary>
    public int Sequence { get; private set; }

    /// <summary>The register number as printed, e.g. <c>15/2018/GCN-KT</c>.</summary>
    public string Number { get; private set; }

    /// <summary>The enrolment the certificate was issued for.</summary>
    public Guid EnrolmentId { get; private set; }

    /// <summary>The learner's name as printed.</summary>
    public string LearnerName { get; private set; }

    /// <summary>The date of issue.</summary>
    public LocalDate IssuedOn { get; private set; }

    /// <summary>The verification code printed on the certificate.</summary>
    public string VerificationCode { get; private set; }

    /// <summary>The <c>Certificate.Issue</c> verdict the certificate was issued on (for a re-issue, the original's).</summary>
    public Verdict Verdict { get; private set; }

    /// <summary>Valid or cancelled.</summary>
    public CertificateStatus Status { get; private set; }

    /// <summary>When the certificate was cancelled; <c>null</c> while valid.</summary>
    public Instant? CancelledAt { get; private set; }

    /// <summary>Why the certificate was cancelled; <c>null</c> while valid.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>The number of the certificate this one re-issues; <c>null</c> for a first issue.</summary>
    public string? ReissueOf { get; private set; }

    /// <summary>The number of the certificate that re-issues this one; <c>null</c> when not re-issued.</summary>
    public string? ReissuedAs { get; private set; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} – {LearnerName} ({AssessmentLabels.Of(Status)})";

    internal void Cancel(string reason, Instant at)
    {
        Status = CertificateStatus.Cancelled;
        CancellationReason = reason;
        CancelledAt = at;
    }

    internal void LinkReissue(string number) => ReissuedAs = number;
}
