namespace TrainingDomain.Reporting;

/// <summary>One line of an approved annual plan, as the report needs it.</summary>
/// <param name="Year">The plan year.</param>
/// <param name="CenterId">The centre.</param>
/// <param name="ProgramCode">The programme.</param>
/// <param name="Quarter">The quarter (1–4) the classes are planned in.</param>
/// <param name="PlannedClasses">Classes planned.</param>
/// <param name="PlannedLearnerTurns">Learner-turns planned.</param>
public sealed record PlanTarget(int Year, string CenterId, string ProgramCode, int Quarter, int PlannedClasses, int PlannedLearnerTurns);
