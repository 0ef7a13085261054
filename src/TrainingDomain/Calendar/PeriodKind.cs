namespace TrainingDomain.Calendar;

/// <summary>The kinds of reporting period (kỳ báo cáo).</summary>
public enum PeriodKind
{
    /// <summary>A month (báo cáo tháng).</summary>
    Month,

    /// <summary>A quarter (báo cáo quý).</summary>
    Quarter,

    /// <summary>The first six months of a year (báo cáo 6 tháng đầu năm).</summary>
    FirstSixMonths,

    /// <summary>The first nine months of a year (báo cáo 9 tháng).</summary>
    NineMonths,

    /// <summary>A whole year (báo cáo năm).</summary>
    Year,
}
