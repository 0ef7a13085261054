namespace TrainingDomain.Assessment;

/// <summary>
/// The rule set <c>Certificate.Issue</c>: a certificate is issued only when attendance was met (or overridden) and the
/// result passes (DOMAIN.md §6). Every issue, single or in a batch, is decided by one verdict of this set.
/// </summary>
public static class CertificateRules
{
    /// <summary>The rule set's id.</summary>
    public const string RuleSetId = "Certificate.Issue";

    /// <summary>The legal basis of the default rules.</summary>
    public const string Basis = "Quy chế cấp giấy chứng nhận: chỉ cấp khi học viên đạt yêu cầu chuyên cần và kết quả học tập";

    /// <summary>The default rule set: attendance met or overridden, then result passing.</summary>
    public static RuleSet<CertificateCandidate> Default { get; } =
        new(RuleSetId, [AttendanceMetOrOverriddenRule.Instance, ResultPassingRule.Instance]);
}
