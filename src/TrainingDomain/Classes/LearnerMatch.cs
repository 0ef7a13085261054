using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>An enrolment found by <see cref="LearnerSearch"/>: the learner, who nominated them, and the class.</summary>
/// <param name="EnrollmentId">The enrolment.</param>
/// <param name="Learner">The learner's profile as enrolled.</param>
/// <param name="Organization">The nominating organisation's name.</param>
/// <param name="CenterId">The class's centre.</param>
/// <param name="ClassId">The class.</param>
/// <param name="ClassCode">The class's code.</param>
/// <param name="ProgramCode">The class's programme.</param>
/// <param name="EnrolledOn">The enrolment date.</param>
/// <param name="Status">Active or withdrawn.</param>
/// <param name="Passed">The final outcome, when recorded.</param>
public sealed record LearnerMatch(
    Guid EnrollmentId,
    LearnerProfile Learner,
    string Organization,
    string CenterId,
    Guid ClassId,
    string ClassCode,
    string ProgramCode,
    LocalDate EnrolledOn,
    EnrollmentStatus Status,
    bool? Passed);
