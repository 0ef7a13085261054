namespace TrainingDomain.Assessment;

/// <summary>
/// A centre's certificate register (sổ cấp giấy chứng nhận) for one year. Numbers run 1, 2, 3, ... without gaps and
/// are never reused: a cancelled certificate stays in the register as a cancelled entry, and a re-issue takes the next
/// number and links to the original both ways.
/// </summary>
/// <example>
/// <code>
/// var register = new CertificateRegister("KT", 2018);
/// var first = register.Issue(candidate, new LocalDate(2018, 5, 10), codes);     // 1/2018/GCN-KT
/// register.Reissue(first.Number, "Mất bản gốc", now, new LocalDate(2018, 6, 1), codes);
/// // 1/2018/GCN-KT is cancelled, 2/2018/GCN-KT re-issues it
/// </code>
/// </example>
public sealed class CertificateRegister
{
    private const int MaxCodeAttempts = 100;
    private readonly List<Certificate> _certificates = [];

    // Lookups by enrolment and by verification code, so that issuing n certificates does not scan the register n times.
    // Built on first use from the list (EF Core fills the list without the constructor), rebuilt if the list changed
    // behind them, and kept up to date by Append, the one place certificates are added. Not mapped.
    private Dictionary<Guid, List<Certificate>>? _byEnrolment;
    private HashSet<string>? _codes;
    private int _indexed;

    /// <summary>Creates an empty register.</summary>
    /// <param name="centreCode">The centre's code as printed in numbers, e.g. <c>KT</c>; required.</param>
    /// <param name="year">The year; 1900 to 9999.</param>
    /// <param name="numberFormat">How numbers are written; <see cref="CertificateNumberFormat.Default"/> when <c>null</c>.</param>
    /// <exception cref="ArgumentException">When the centre code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public CertificateRegister(string centreCode, int year, CertificateNumberFormat? numberFormat = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(centreCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        CentreCode = centreCode.Trim();
        Year = year;
        NumberFormat = (numberFormat ?? CertificateNumberFormat.Default).Template;
    }

    // For EF Core.
    private CertificateRegister()
    {
        CentreCode = string.Empty;
        NumberFormat = string.Empty;
    }

    /// <summary>The centre's code.</summary>
    public string CentreCode { get; private set; }

    /// <summary>The register's year.</summary>
    public int Year { get; private set; }

    /// <summary>The number template, fixed when the register is opened (see <see cref="CertificateNumberFormat"/>).</summary>
    public string NumberFormat { get; private set; }

    /// <summary>Every entry, valid or cancelled, by sequence number.</summary>
    public IReadOnlyCollection<Certificate> Certificates
    {
        get
        {
            KeepInOrder();
            return _certificates.AsReadOnly();
        }
    }

    /// <summary>The sequence number the next certificate will take.</summary>
    public int NextSequence => _certificates.Count + 1;

    /// <summary>Decides whether a candidate qualifies, without issuing.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <param name="rules">The rule set; <see cref="CertificateRules.Default"/> when <c>null</c>.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Check(CertificateCandidate candidate, LocalDate asOf, RuleSet<CertificateCandidate>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return (rules ?? CertificateRules.Default).Evaluate(candidate, asOf);
    }

    /// <summary>Issues a certificate to a qualifying candidate under the next number.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="issuedOn">The date of issue; in the register's year.</param>
    /// <param name="codes">Where verification codes come from.</param>
    /// <param name="rules">The rule set; <see cref="CertificateRules.Default"/> when <c>null</c>.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="ArgumentException">When the date of issue is outside the register's year.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Certificate.NotQualified</c> when the verdict is not eligible (the message lists the reasons);
    /// <c>Certificate.AlreadyIssued</c> when the enrolment already has a valid certificate;
    /// <c>Certificate.UseReissue</c> when its certificate was cancelled (re-issue it to keep the link).
    /// </exception>
    public Certificate Issue(CertificateCandidate candidate, LocalDate issuedOn, IVerificationCodeSource codes, RuleSet<CertificateCandidate>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(codes);
        EnsureInYear(issuedOn);
        if (AlreadyHeld(candidate) is { } held)
        {
            throw held;
        }

        var verdict = Check(candidate, issuedOn, rules);
        if (verdict.Outcome != VerdictOutcome.Eligible)
        {
            throw new DomainRuleException(
                "Certificate.NotQualified",
                $"Không cấp giấy chứng nhận cho học viên {candidate.LearnerName}: {string.Join(" ", Reasons(verdict))}");
        }

        return Append(candidate.EnrolmentId, candidate.LearnerName, issuedOn, verdict, codes, null);
    }

    /// <summary>
    /// Issues certificates to a class: everyone who qualifies gets the next number, in the order given; the others are
    /// listed with the reasons from their verdict.
    /// </summary>
    /// <param name="candidates">The class's learners, in the order numbers should follow (e.g. by name).</param>
    /// <param name="issuedOn">The date of issue; in the register's year.</param>
    /// <param name="codes">Where verification codes come from.</param>
    /// <param name="rules">The rule set; <see cref="CertificateRules.Default"/> when <c>null</c>.</param>
    /// <returns>The certificates issued and the learners left out.</returns>
    /// <exception cref="ArgumentException">When the date of issue is outside the register's year or a candidate is null.</exception>
    public BatchIssueResult IssueToClass(
        IEnumerable<CertificateCandidate> candidates, LocalDate issuedOn, IVerificationCodeSource codes, RuleSet<CertificateCandidate>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(codes);
        EnsureInYear(issuedOn);
        var list = candidates.ToList();
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("A candidate is null.", nameof(candidates));
        }

        var issued = new List<Certificate>();
        var refused = new List<CertificateRefusal>();
        foreach (var candidate in list)
        {
            if (AlreadyHeld(candidate) is { } held)
            {
                refused.Add(new CertificateRefusal(candidate.EnrolmentId, candidate.LearnerName, null, [held.Message]));
                continue;
            }

            var verdict = Check(candidate, issuedOn, rules);
            if (verdict.Outcome == VerdictOutcome.Eligible)
            {
                issued.Add(Append(candidate.EnrolmentId, candidate.LearnerName, issuedOn, verdict, codes, null));
            }
            else
            {
                refused.Add(new CertificateRefusal(candidate.EnrolmentId, candidate.LearnerName, verdict, Reasons(verdict)));
            }
        }

        return new BatchIssueResult(issued, refused);
    }

    /// <summary>Cancels a valid certificate. The entry and its number stay in the register.</summary>
    /// <param name="number">The register number.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="cancelledAt">When, from the injected clock.</param>
    /// <returns>The cancelled certificate.</returns>
    /// <exception cref="ArgumentException">When the reason is blank or the number is not in the register.</exception>
    /// <exception cref="DomainRuleException"><c>Certificate.AlreadyCancelled</c> when it is already cancelled.</exception>
    public Certificate Cancel(string number, string reason, Instant cancelledAt)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A cancellation needs a reason.", nameof(reason));
        }

        var certificate = Get(number);
        if (certificate.Status == CertificateStatus.Cancelled)
        {
            throw new DomainRuleException(
                "Certificate.AlreadyCancelled",
                $"Giấy chứng nhận số {certificate.Number} đang ở trạng thái «{AssessmentLabels.Of(certificate.Status)}» (lý do: {certificate.CancellationReason}); không thể hủy lần nữa.");
        }

        certificate.Cancel(reason.Trim(), cancelledAt);
        return certificate;
    }

    /// <summary>
    /// Re-issues a certificate (lost, damaged, or cancelled for a correction) under the next number. A valid original is
    /// cancelled with the reason first; the new certificate links to the original and the original to it.
    /// </summary>
    /// <param name="originalNumber">The number of the certificate to re-issue.</param>
    /// <param name="reason">Why; required; recorded as the original's cancellation reason when it was still valid.</param>
    /// <param name="at">When, from the injected clock.</param>
    /// <param name="issuedOn">The date of the new certificate; in the register's year.</param>
    /// <param name="codes">Where verification codes come from.</param>
    /// <returns>The new certificate.</returns>
    /// <exception cref="ArgumentException">When the reason is blank, the number is not in the register or the date is outside its year.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Certificate.AlreadyReissued</c> when the original was already re-issued (re-issue the newest one instead);
    /// <c>Certificate.AlreadyIssued</c> when the learner meanwhile holds another valid certificate.
    /// </exception>
    public Certificate Reissue(string originalNumber, string reason, Instant at, LocalDate issuedOn, IVerificationCodeSource codes)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A re-issue needs a reason.", nameof(reason));
        }

        ArgumentNullException.ThrowIfNull(codes);
        EnsureInYear(issuedOn);
        var original = Get(originalNumber);
        if (original.ReissuedAs is not null)
        {
            throw new DomainRuleException(
                "Certificate.AlreadyReissued",
                $"Giấy chứng nhận số {original.Number} đang ở trạng thái «{AssessmentLabels.Of(original.Status)}» và đã được cấp lại bằng giấy số {original.ReissuedAs}.");
        }

        var other = _certificates.Find(c => c.EnrolmentId == original.EnrolmentId && c.Status == CertificateStatus.Valid && c != original);
        if (other is not null)
        {
            throw new DomainRuleException(
                "Certificate.AlreadyIssued",
                $"Học viên {original.LearnerName} đang có giấy chứng nhận số {other.Number} còn hiệu lực; không cấp lại giấy số {original.Number}.");
        }

        if (original.Status == CertificateStatus.Valid)
        {
            original.Cancel(reason.Trim(), at);
        }

        var reissue = Append(original.EnrolmentId, original.LearnerName, issuedOn, original.Verdict, codes, original.Number);
        original.LinkReissue(reissue.Number);
        return reissue;
    }

    /// <summary>The certificate with a register number, or <c>null</c>.</summary>
    /// <param name="number">The number, e.g. <c>15/2018/GCN-KT</c>.</param>
    /// <returns>The certificate, or <c>null</c>.</returns>
    public Certificate? FindByNumber(string? number) =>
        number is null ? null : _certificates.Find(c => string.Equals(c.Number, number.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The certificate with a verification code, valid or cancelled (check <see cref="Certificate.Status"/>), or
    /// <c>null</c>. Spaces, hyphens and lower case in the typed code are accepted.
    /// </summary>
    /// <param name="typedCode">The code as typed.</param>
    /// <returns>The certificate, or <c>null</c>.</returns>
    public Certificate? FindByVerificationCode(string? typedCode) =>
        VerificationCode.Normalize(typedCode) is { } code ? _certificates.Find(c => c.VerificationCode == code) : null;

    private Certificate Get(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return FindByNumber(number)
            ?? throw new ArgumentException($"Register {CentreCode}/{Year} has no certificate numbered '{number}'.", nameof(number));
    }

    private DomainRuleException? AlreadyHeld(CertificateCandidate candidate)
    {
        var held = Index().ByEnrolment.TryGetValue(candidate.EnrolmentId, out var found) ? found : [];
        if (held.Find(c => c.Status == CertificateStatus.Valid) is { } valid)
        {
            return new DomainRuleException(
                "Certificate.AlreadyIssued",
                $"Học viên {candidate.LearnerName} đã được cấp giấy chứng nhận số {valid.Number} (còn hiệu lực).");
        }

        if (held.Find(c => c.ReissuedAs is null) is { } cancelled)
        {
            return new DomainRuleException(
                "Certificate.UseReissue",
                $"Giấy chứng nhận số {cancelled.Number} của học viên {candidate.LearnerName} đang ở trạng thái «{AssessmentLabels.Of(cancelled.Status)}»; hãy cấp lại từ giấy này để giữ liên kết với bản gốc.");
        }

        return null;
    }

    private Certificate Append(Guid enrolmentId, string learnerName, LocalDate issuedOn, Verdict verdict, IVerificationCodeSource codes, string? reissueOf)
    {
        var sequence = NextSequence;
        var number = new CertificateNumberFormat(NumberFormat).Format(sequence, Year, CentreCode);
        var certificate = new Certificate(sequence, number, enrolmentId, learnerName, issuedOn, NewCode(codes, sequence), verdict, reissueOf);
        var (byEnrolment, codesInUse) = Index();
        _certificates.Add(certificate);
        if (!byEnrolment.TryGetValue(enrolmentId, out var ofEnrolment))
        {
            byEnrolment[enrolmentId] = ofEnrolment = [];
        }

        ofEnrolment.Add(certificate);
        codesInUse.Add(certificate.VerificationCode);
        _indexed = _certificates.Count;
        return certificate;
    }

    private string NewCode(IVerificationCodeSource codes, int sequence)
    {
        for (var attempt = 0; attempt < MaxCodeAttempts; attempt++)
        {
            var code = codes.CodeFor(CentreCode, Year, sequence, attempt);
            if (!VerificationCode.IsWellFormed(code))
            {
                throw new InvalidOperationException($"The verification code source returned '{code}', which is not a well-formed code.");
            }

            if (!Index().Codes.Contains(code))
            {
                return code;
            }
        }

        throw new InvalidOperationException($"The verification code source gave only codes already in use after {MaxCodeAttempts} attempts.");
    }

    // Entries are appended in sequence order; a store may hand them back in any order.
    private (Dictionary<Guid, List<Certificate>> ByEnrolment, HashSet<string> Codes) Index()
    {
        if (_byEnrolment is null || _codes is null || _indexed != _certificates.Count)
        {
            _byEnrolment = _certificates.GroupBy(c => c.EnrolmentId).ToDictionary(g => g.Key, g => g.ToList());
            _codes = _certificates.Select(c => c.VerificationCode).ToHashSet(StringComparer.Ordinal);
            _indexed = _certificates.Count;
        }

        return (_byEnrolment, _codes);
    }

    private void KeepInOrder()
    {
        for (var k = 1; k < _certificates.Count; k++)
        {
            if (_certificates[k - 1].Sequence > _certificates[k].Sequence)
            {
                _certificates.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
                return;
            }
        }
    }

    private void EnsureInYear(LocalDate issuedOn)
    {
        if (issuedOn.Year != Year)
        {
            throw new ArgumentException($"The date of issue {issuedOn:yyyy-MM-dd} is outside the register's year {Year}.", nameof(issuedOn));
        }
    }

    // The leaves that made the verdict fail or stay undecided, in rule order.
    private static List<string> Reasons(Verdict verdict) =>
        verdict.Results
            .SelectMany(r => r.SelfAndDescendants())
            .Where(r => r.Outcome != RuleOutcome.Passed && r.Children.Count == 0)
            .Select(r => r.Message)
            .ToList();
}
