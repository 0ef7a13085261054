using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using NodaTime;
using TrainingDomain.Calendar;

namespace TrainingDomain.AdminPortal.Reports;

/// <summary>
/// The period picker of the dashboard and the reports, bound from the query string as text so that anything typed
/// gets a Vietnamese message next to its field rather than a binding error: <c>?kind=Quarter&amp;year=2018&amp;quarter=1&amp;policy=Calendar</c>.
/// </summary>
public sealed class PeriodInput
{
    /// <summary>The earliest year the picker accepts.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year the picker accepts.</summary>
    public const int MaxYear = 2100;

    /// <summary>Month, Quarter, FirstSixMonths, NineMonths or Year; a quarter when empty.</summary>
    public string? Kind { get; set; }

    /// <summary>The year; the current one when empty.</summary>
    public string? Year { get; set; }

    /// <summary>The quarter (1–4) of a quarterly period; the current one when empty.</summary>
    public string? Quarter { get; set; }

    /// <summary>The month (1–12) of a monthly period; the current one when empty.</summary>
    public string? Month { get; set; }

    /// <summary>Calendar or Decree09; Calendar when empty.</summary>
    public string? Policy { get; set; }

    /// <summary>The province's unit id in the registry; the configured one when empty.</summary>
    public string? Province { get; set; }

    /// <summary>One centre to look at (it must be one the user may see); every visible centre when empty.</summary>
    public string? Center { get; set; }

    /// <summary>The period asked for, defaulting to what contains today; errors go to the model state under the field's name.</summary>
    /// <param name="modelState">Where errors go.</param>
    /// <param name="localizer">The portal's strings.</param>
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>The period, or <c>null</c> when a field is invalid.</returns>
    public ReportingPeriod? Resolve(ModelStateDictionary modelState, IStringLocalizer localizer, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var policy = CutOffPolicy.Calendar;
        if (!string.IsNullOrWhiteSpace(Policy) && !TryEnum(Policy, out policy))
        {
            modelState.AddModelError(nameof(Policy), localizer["PolicyUnknown", Policy]);
        }

        var kind = PeriodKind.Quarter;
        if (!string.IsNullOrWhiteSpace(Kind) && !TryEnum(Kind, out kind))
        {
            modelState.AddModelError(nameof(Kind), localizer["PeriodKindUnknown", Kind]);
        }

        var current = ReportingPeriod.Containing(PeriodKind.Month, today, policy);
        var year = Number(modelState, localizer, nameof(Year), Year, MinYear, MaxYear, "YearOutOfRange") ?? current.Year;
        var quarter = kind == PeriodKind.Quarter
            ? Number(modelState, localizer, nameof(Quarter), Quarter, 1, 4, "QuarterOutOfRange") ?? ((current.Index + 2) / 3)
            : 1;
        var month = kind == PeriodKind.Month
            ? Number(modelState, localizer, nameof(Month), Month, 1, 12, "MonthOutOfRange") ?? current.Index
            : 1;
        if (!modelState.IsValid)
        {
            return null;
        }

        return kind switch
        {
            PeriodKind.Month => ReportingPeriod.Month(year, month, policy),
            PeriodKind.Quarter => ReportingPeriod.Quarter(year, quarter, policy),
            PeriodKind.FirstSixMonths => ReportingPeriod.FirstSixMonths(year, policy),
            PeriodKind.NineMonths => ReportingPeriod.NineMonths(year, policy),
            _ => ReportingPeriod.OfYear(year, policy),
        };
    }

    /// <summary>The query-string values of a period, e.g. for links and exports.</summary>
    /// <param name="period">The period.</param>
    /// <param name="province">The province.</param>
    /// <param name="center">The centre looked at, if one.</param>
    /// <returns>Route values.</returns>
    public static Dictionary<string, string?> RouteOf(ReportingPeriod period, string? province, string? center = null) => new()
    {
        ["kind"] = period.Kind.ToString(),
        ["year"] = period.Year.ToString(CultureInfo.InvariantCulture),
        ["quarter"] = period.Kind == PeriodKind.Quarter ? period.Index.ToString(CultureInfo.InvariantCulture) : null,
        ["month"] = period.Kind == PeriodKind.Month ? period.Index.ToString(CultureInfo.InvariantCulture) : null,
        ["policy"] = period.Policy.ToString(),
        ["province"] = province,
        ["center"] = center,
    };

    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Trim().All(char.IsAsciiDigit);

    private static int? Number(ModelStateDictionary modelState, IStringLocalizer localizer, string key, string? text, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        modelState.AddModelError(key, localizer[message, text, min, max]);
        return null;
    }
}
