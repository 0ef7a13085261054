namespace TrainingDomain.Classes;

/// <summary>
/// Year-to-date progress of an annual class plan: per programme and in total, classes opened over planned and
/// learner-turns over planned.
/// </summary>
/// <param name="Year">The plan's year.</param>
/// <param name="CenterId">The centre.</param>
/// <param name="AsOf">The last day counted.</param>
/// <param name="Lines">One line per programme, planned or opened, by programme code.</param>
/// <param name="Total">The whole plan.</param>
public sealed record PlanProgress(int Year, string CenterId, LocalDate AsOf, IReadOnlyList<PlanProgressLine> Lines, PlanProgressLine Total)
{
    /// <summary>The counting rule applied, named in every report (DOMAIN.md §7; an assumption).</summary>
    public static string CountingRule => string.Join(", ", Reporting.CountingPolicy.Default.Rules);

    /// <summary>The line of a programme.</summary>
    /// <param name="programCode">The programme code.</param>
    /// <returns>The line, or <c>null</c> when the programme was neither planned nor opened.</returns>
    public PlanProgressLine? For(string programCode) =>
        Lines.FirstOrDefault(l => string.Equals(l.ProgramCode, programCode, StringComparison.OrdinalIgnoreCase));
}
