namespace TrainingDomain.People;

/// <summary>A programme a person has completed, e.g. the sơ cấp course in 2015.</summary>
/// <param name="ProgramCode">The programme code, e.g. <c>SC</c>.</param>
/// <param name="CompletedOn">The date it was completed.</param>
public sealed record CompletedProgram(string ProgramCode, LocalDate CompletedOn);
