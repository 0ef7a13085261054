namespace TrainingDomain.Assessment;

/// <summary>A learner of a batch who did not get a certificate, and why.</summary>
/// <param name="EnrolmentId">The enrolment.</param>
/// <param name="LearnerName">The learner's name.</param>
/// <param name="Verdict">The <c>Certificate.Issue</c> verdict, or <c>null</c> when the learner already holds a certificate.</param>
/// <param name="Reasons">The Vietnamese reasons: the failed or undecided rules' messages, or the certificate already held.</param>
public sealed record CertificateRefusal(Guid EnrolmentId, string LearnerName, Verdict? Verdict, IReadOnlyList<string> Reasons);
