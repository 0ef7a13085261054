using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Organization;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

public sealed class HaiDuongYearTests
{
    [Fact]
    public void WholeYear_KeepsTheReportedFirstQuarter_OpensKimThanhLater_AndHasPlanProgress()
    {
        var d = ScenarioCatalog.Get("haiduong-2018").Build(new ScenarioOptions(), null);
        var records = d.Classes.Select(c => ClassRecords.From(c, PeriodReport.EngineFor(c.ProgramCode), d.ReferenceDate)).ToList();
        var reporter = new StatisticsReporter(d.Registry);
        var targets = HaiDuongScenario.Year2018(d.Options.Seed);

        var q1 = reporter.Build(ReportingPeriod.Quarter(2018, 1), records, HaiDuongRegistry.HaiDuongProvinceId);
        (q1.Total.Classes, q1.Total.LearnerTurns).ShouldBe((72, 7_443));
        q1.CentersWithoutClasses.ShouldHaveSingleItem().CenterId.ShouldBe(HaiDuongRegistry.KimThanhCenterId);

        var year = reporter.Build(ReportingPeriod.OfYear(2018), records, HaiDuongRegistry.HaiDuongProvinceId, d.Plans.SelectMany(ClassRecords.TargetsOf));
        (year.Total.Classes, year.Total.LearnerTurns).ShouldBe((targets.Sum(t => t.Classes), targets.Sum(t => t.LearnerTurns)));
        year.CentersWithoutClasses.ShouldBeEmpty();
        var total = year.PlanProgress.Single(l => l.ProgramCode is null);
        total.ClassesOpened.ShouldBe(year.Total.Classes);
        total.ClassesPlanned.ShouldBeGreaterThanOrEqualTo(total.ClassesOpened);
    }
}
