namespace TrainingDomain.Assessment;

/// <summary>A learner considered for a certificate: the enrolment, the name to print and the recorded result, if any.</summary>
public sealed record CertificateCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="enrolmentId">The enrolment; not empty.</param>
    /// <param name="learnerName">The name to print, family name first; required.</param>
    /// <param name="result">The learner's result, or <c>null</c> when none is recorded yet.</param>
    /// <exception cref="ArgumentException">When the id is empty, the name blank, or the result belongs to another enrolment.</exception>
    public CertificateCandidate(Guid enrolmentId, string learnerName, AssessmentResult? result)
    {
        if (enrolmentId == Guid.Empty)
        {
            throw new ArgumentException("A candidate needs the id of their enrolment.", nameof(enrolmentId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(learnerName);
        if (result is not null && result.EnrolmentId != enrolmentId)
        {
            throw new ArgumentException($"The result belongs to enrolment {result.EnrolmentId}, not {enrolmentId}.", nameof(result));
        }

        EnrolmentId = enrolmentId;
        LearnerName = learnerName.Trim();
        Result = result;
    }

    /// <summary>The enrolment.</summary>
    public Guid EnrolmentId { get; }

    /// <summary>The learner's name.</summary>
    public string LearnerName { get; }

    /// <summary>The learner's result; <c>null</c> when none is recorded.</summary>
    public AssessmentResult? Result { get; }
}
