using System.Globalization;

namespace TrainingDomain.People;

/// <summary>Vietnamese labels for the values people see in verdicts and reports.</summary>
public static class Labels
{
    private static readonly string[] EducationLabels =
        ["Chưa qua đào tạo", "Tiểu học", "THCS", "THPT", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ"];

    private static readonly string[] TheoryLabels = ["Chưa có", "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân"];

    /// <summary>The Vietnamese name of an education level, e.g. "THCS".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label.</returns>
    public static string Of(EducationLevel level) => EducationLabels[(int)level];

    /// <summary>The Vietnamese name of a political-theory level, e.g. "Trung cấp".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label.</returns>
    public static string Of(PoliticalTheoryLevel level) => TheoryLabels[(int)level];

    /// <summary>The Vietnamese name of a sex.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns>"Nam" or "Nữ".</returns>
    public static string Of(Sex sex) => sex == Sex.Male ? "Nam" : "Nữ";

    /// <summary>A date as people read it in Vietnam: dd/MM/yyyy.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string Of(LocalDate date) =>
        string.Create(10, date, static (span, d) =>
        {
            Two(span, 0, d.Day);
            span[2] = '/';
            Two(span, 3, d.Month);
            span[5] = '/';
            var year = d.Year;
            span[6] = (char)('0' + (year / 1000 % 10));
            span[7] = (char)('0' + (year / 100 % 10));
            span[8] = (char)('0' + (year / 10 % 10));
            span[9] = (char)('0' + (year % 10));
        });

    /// <summary>A whole number with Vietnamese grouping: 7443 → "7.443".</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Of(long value) => value.ToString("#,0", Vietnamese.NumberFormat);

    /// <summary>The Vietnamese culture used for numbers and text.</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    private static void Two(Span<char> span, int at, int value)
    {
        span[at] = (char)('0' + (value / 10));
        span[at + 1] = (char)('0' + (value % 10));
    }
}
