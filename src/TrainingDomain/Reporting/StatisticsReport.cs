using TrainingDomain.Calendar;
using TrainingDomain.Classes;

namespace TrainingDomain.Reporting;

/// <summary>
/// The training statistics of a province for a reporting period: per centre and per programme, totals, the centres
/// that existed and opened no class, the same figures a year earlier and plan progress. A plain data object that every
/// rendering (page, JSON, CSV, Excel, printed report) reads.
/// </summary>
public sealed record StatisticsReport
{
    /// <summary>The period reported on.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The same period of the previous year, used for comparison.</summary>
    public required ReportingPeriod PreviousYearPeriod { get; init; }

    /// <summary>The province the report covers; <c>null</c> when it covers every centre of the registry.</summary>
    public string? ProvinceId { get; init; }

    /// <summary>The counting rules used, with their versions.</summary>
    public required IReadOnlyList<CountingRule> CountingRules { get; init; }

    /// <summary>Every centre that existed during the period, in registry order, with or without classes.</summary>
    public required IReadOnlyList<CenterStatistics> Centers { get; init; }

    /// <summary>Province-wide figures per programme, in code order.</summary>
    public required IReadOnlyList<ProgramStatistics> Programs { get; init; }

    /// <summary>The province's total.</summary>
    public required Figures Total { get; init; }

    /// <summary>The province's total in the same period of the previous year.</summary>
    public required Figures PreviousYearTotal { get; init; }

    /// <summary>Centres that existed during the period and opened no class in it.</summary>
    public required IReadOnlyList<CenterReference> CentersWithoutClasses { get; init; }

    /// <summary>Plan progress year to date per programme, then the total (<see cref="PlanProgressLine.ProgramCode"/> = <c>null</c>); empty without a plan.</summary>
    public required IReadOnlyList<PlanProgressLine> PlanProgress { get; init; }

    /// <summary>The number of centres that opened at least one class.</summary>
    public int CentersWithClasses => Centers.Count(c => c.Figures.Classes > 0);
}
