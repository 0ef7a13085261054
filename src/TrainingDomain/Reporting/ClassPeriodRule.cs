using TrainingDomain.Calendar;

namespace TrainingDomain.Reporting;

/// <summary>
/// In which reporting period a class counts. Default (DOMAIN.md §7, assumed): the period containing its first held
/// session; a class that has not opened counts nowhere.
/// </summary>
public class ClassPeriodRule : CountingRule
{
    /// <summary>The default rule, version 1.</summary>
    public static ClassPeriodRule Default { get; } = new();

    /// <summary>Creates the default rule.</summary>
    public ClassPeriodRule()
        : this("Count.ClassPeriod", 1, "Lớp được tính vào kỳ báo cáo chứa buổi học đầu tiên của lớp.")
    {
    }

    /// <summary>Creates a rule for a subclass with its own meaning.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version.</param>
    /// <param name="description">The meaning, in Vietnamese.</param>
    protected ClassPeriodRule(string id, int version, string description)
        : base(id, version, description)
    {
    }

    /// <summary>Whether a class counts in a period.</summary>
    /// <param name="record">The class.</param>
    /// <param name="period">The period.</param>
    /// <returns><c>true</c> when it counts there.</returns>
    public virtual bool CountsIn(ClassRecord record, ReportingPeriod period) =>
        record.FirstSessionDate is { } first && period.Contains(first);
}
