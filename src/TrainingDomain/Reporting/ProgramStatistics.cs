namespace TrainingDomain.Reporting;

/// <summary>One programme's line of the report (province-wide or within a centre).</summary>
/// <param name="ProgramCode">The programme.</param>
/// <param name="Figures">Its figures in the period.</param>
/// <param name="PreviousYear">Its figures in the same period of the previous year.</param>
public sealed record ProgramStatistics(string ProgramCode, Figures Figures, Figures PreviousYear);
