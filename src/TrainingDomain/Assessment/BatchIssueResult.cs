namespace TrainingDomain.Assessment;

/// <summary>What a batch issue for a class did: the certificates issued, in candidate order, and the learners left out.</summary>
/// <param name="Issued">The certificates issued.</param>
/// <param name="NotIssued">The learners who did not qualify or already hold a certificate, with the reasons.</param>
public sealed record BatchIssueResult(IReadOnlyList<Certificate> Issued, IReadOnlyList<CertificateRefusal> NotIssued);
