using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Scenarios;
using TrainingDomain.Calendar;
using TrainingDomain.Organization;
using TrainingDomain.Programs;
using TrainingDomain.Reporting;

namespace TrainingDomain.DataGenerator.Tests.Scenarios;

[Collection(GeneratedQuarterCollection.Name)]
public sealed class HaiDuongQuarterTests(GeneratedQuarter quarter)
{
    [Fact]
    public void QuarterReport_InMemory_GivesTheReportedFigures()
    {
        var d = quarter.Dataset;
        var records = d.Classes.Select(c => ClassRecords.From(c, PeriodReport.EngineFor(c.ProgramCode), d.ReferenceDate));
        var report = new StatisticsReporter(d.Registry).Build(ReportingPeriod.Quarter(2018, 1), records, HaiDuongRegistry.HaiDuongProvinceId);

        report.Total.Classes.ShouldBe(72);
        report.Total.LearnerTurns.ShouldBe(7_443);
        report.Centers.Count.ShouldBe(12);
        report.Centers.Count(c => c.Figures.Classes > 0).ShouldBe(11);
        report.CentersWithoutClasses.Select(c => c.CenterId).ShouldBe([HaiDuongRegistry.KimThanhCenterId]);
    }

    [Fact]
    public void EveryClass_OpenedUnderTheDefaultRules_WithASizeInsideItsProgrammesBounds()
    {
        foreach (var c in quarter.Dataset.Classes)
        {
            c.HasOpened.ShouldBeTrue(c.Code);
            c.OpeningVerdict!.Outcome.ShouldBe(VerdictOutcome.Eligible);
            ProgramCatalog.Default.Get(c.ProgramCode).ClassSize.Allows(c.ActiveEnrollmentCount).ShouldBeTrue($"{c.CenterId} {c.Code}: {c.ActiveEnrollmentCount}");
            c.FirstSessionDate!.Value.ShouldBeInRange(new LocalDate(2018, 1, 1), new LocalDate(2018, 3, 31));
        }
    }

    [Fact]
    public void ProgrammeMix_HasLargeAndSmallClasses_AveragingAboutTheReported103()
    {
        var classes = quarter.Dataset.Classes;
        classes.Select(c => c.ProgramCode).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        classes.Max(c => c.ActiveEnrollmentCount).ShouldBeGreaterThan(150);
        classes.Min(c => c.ActiveEnrollmentCount).ShouldBeLessThan(70);
    }

    [Fact]
    public void FinishedClasses_HaveResultsAndGapFreeCertificateNumbers()
    {
        var d = quarter.Dataset;
        d.Classes.Count(c => c.Status == ClassStatus.Completed).ShouldBeGreaterThan(40);
        d.Results.Count.ShouldBeGreaterThan(3_000);
        foreach (var register in d.CertificateRegisters)
        {
            register.Certificates.Select(c => c.Sequence).Order().ShouldBe(Enumerable.Range(1, register.Certificates.Count));
            register.Certificates.First().Number.ShouldEndWith($"/2018/GCN-{register.CentreCode}");
        }
    }

    [Fact]
    public void InProgressClasses_HaveAttendanceOnlyUpToTheReferenceDate()
    {
        var d = quarter.Dataset;
        var running = d.Classes.Where(c => c.Status == ClassStatus.InProgress).ToList();
        foreach (var c in running)
        {
            var held = c.Sessions.Where(s => s.Date <= d.ReferenceDate).Select(s => s.Number).ToHashSet();
            c.Enrollments.SelectMany(e => e.Marks).All(m => held.Contains(m.SessionNumber)).ShouldBeTrue(c.Code);
        }
    }
}
