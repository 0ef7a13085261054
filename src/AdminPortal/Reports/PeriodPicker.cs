using TrainingDomain.Calendar;
using TrainingDomain.Organization;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>What the period picker partial shows.</summary>
/// <param name="Input">What was typed.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Provinces">The provinces to choose from.</param>
/// <param name="ProvinceId">The province chosen.</param>
/// <param name="Invalid">Whether the input had errors (then the typed values are shown back).</param>
public sealed record PeriodPicker(PeriodInput Input, ReportingPeriod Period, IReadOnlyList<AdministrativeUnit> Provinces, string? ProvinceId, bool Invalid);
