namespace TrainingDomain.Reporting;

/// <summary>One centre's line of the report.</summary>
/// <param name="CenterId">The centre.</param>
/// <param name="CenterName">Its name.</param>
/// <param name="Figures">Its figures in the period.</param>
/// <param name="PreviousYear">Its figures in the same period of the previous year.</param>
/// <param name="ByProgram">Its figures per programme code, in code order.</param>
public sealed record CenterStatistics(
    string CenterId,
    string CenterName,
    Figures Figures,
    Figures PreviousYear,
    IReadOnlyList<ProgramStatistics> ByProgram);
