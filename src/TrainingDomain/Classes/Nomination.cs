using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// One nominee of a nomination list, with the eligibility verdict computed when the list was received. Created and
/// changed only by <see cref="TrainingClass"/>.
/// </summary>
public sealed class Nomination
{
    internal Nomination(Guid id, NominatingOrganization organization, LearnerProfile learner, LocalDate receivedOn, Verdict verdict)
    {
        Id = id;
        Organization = organization;
        Learner = learner;
        ReceivedOn = receivedOn;
        Verdict = verdict;
        Status = NominationStatus.Pending;
    }

    // For EF Core.
    private Nomination()
    {
        Organization = null!;
        Learner = null!;
        Verdict = null!;
    }

    // Its place in the class, from 1 in the order received; keeps that order when the class is read back from a store.
    internal int Sequence { get; set; }

    /// <summary>The nomination's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Who nominated the learner.</summary>
    public NominatingOrganization Organization { get; private set; }

    /// <summary>The learner nominated.</summary>
    public LearnerProfile Learner { get; private set; }

    /// <summary>When the list was received.</summary>
    public LocalDate ReceivedOn { get; private set; }

    /// <summary>The eligibility verdict computed on the class's planned start when the list was received.</summary>
    public Verdict Verdict { get; private set; }

    /// <summary>
    /// <see cref="NominationStatus.Pending"/>, <see cref="NominationStatus.Accepted"/>, <see cref="NominationStatus.Refused"/>
    /// or <see cref="NominationStatus.Withdrawn"/> (withdrawn by its organisation before a decision).
    /// </summary>
    public NominationStatus Status { get; private set; }

    /// <summary>
    /// Why the centre refused the nomination, or why its organisation withdrew it before a decision; <c>null</c> while
    /// pending or accepted. (One column serves both: a nomination is either refused or withdrawn, never both.)
    /// </summary>
    public string? RefusalReason { get; private set; }

    /// <summary>The enrolment made from this nomination; <c>null</c> until accepted.</summary>
    public Guid? EnrollmentId { get; private set; }

    internal void Accept(Guid enrollmentId)
    {
        Status = NominationStatus.Accepted;
        EnrollmentId = enrollmentId;
    }

    internal void Refuse(string reason)
    {
        Status = NominationStatus.Refused;
        RefusalReason = reason;
    }

    internal void Withdraw(string reason)
    {
        Status = NominationStatus.Withdrawn;
        RefusalReason = reason;
    }
}
