using TrainingDomain.Lecturers;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>Counts a dataset and reports its period through the library.</summary>
internal static class Summaries
{
    public static ScenarioSummary Of(Dataset d)
    {
        var report = PeriodReport.Of(d.Registry, d.Classes, d.Period, d.ReferenceDate, d.ProvinceId);
        return new ScenarioSummary(
            d.Scenario,
            d.Options.Seed,
            d.Period.Label,
            report.Centers.Count,
            report.Total.Classes,
            report.Total.LearnerTurns,
            report.Centers.Count(c => c.Figures.Classes > 0),
            report.CentersWithoutClasses.Select(c => c.CenterName).ToList(),
            d.Staffing.Sum(s => s.Staff.Count),
            d.Lecturers.Count,
            d.Classes.Sum(c => c.Nominations.Count),
            d.Classes.Sum(c => c.Enrollments.Count),
            d.Classes.Sum(c => c.Enrollments.Sum(e => (long)e.Marks.Count)),
            d.Results.Count,
            d.CertificateRegisters.Sum(r => r.Certificates.Count),
            d.Anomalies);
    }
}
