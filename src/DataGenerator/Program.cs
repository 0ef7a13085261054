using TrainingDomain.DataGenerator.Scenarios;

namespace TrainingDomain.DataGenerator;

internal static class EntryPoint
{
    public static int Main()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var dataset = ScenarioCatalog.Get("haiduong-2018q1").Build(new ScenarioOptions(), null);
        var report = PeriodReport.Of(dataset.Registry, dataset.Classes, dataset.Period, dataset.ReferenceDate, dataset.ProvinceId);
        Console.WriteLine($"{report.Total.Classes} {report.Total.LearnerTurns} {report.CentersWithoutClasses.Count} {started.Elapsed}");
        return 0;
    }
}
