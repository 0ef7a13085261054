using TrainingDomain.People;

namespace TrainingDomain.Programs;

/// <summary>What an audience rule looks at: a learner's profile and the date the class starts.</summary>
/// <param name="Learner">The learner.</param>
/// <param name="On">The date the rules are applied on, normally the class's start date.</param>
public readonly record struct EligibilityContext(LearnerProfile Learner, LocalDate On);
