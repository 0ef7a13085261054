using TrainingDomain.Calendar;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Reporting;
using static TrainingDomain.Tests.Reporting.ReportFixtures;

namespace TrainingDomain.Tests.Reporting;

/// <summary>
/// The worked example of DOMAIN.md §7: Hải Dương, quý I/2018 — 72 classes, 7.443 learner-turns, 11 centres with classes,
/// Kim Thành none. Built in memory with a realistic mix of programmes and sizes, plus records that must not count.
/// </summary>
public class HaiDuongFirstQuarter2018
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Quarter(2018, 1);

    // GSO code → classes opened in Q1/2018 (Kim Thành, 293, opened none).
    private static readonly (string Gso, int Classes)[] ClassesPerCenter =
        [("288", 9), ("290", 7), ("291", 6), ("292", 7), ("294", 6), ("295", 6), ("296", 6), ("297", 7), ("298", 6), ("299", 6), ("300", 6)];

    // A realistic cycle of programmes and sizes: resolution study and knowledge updates are large, NTD/DVM/SC smaller.
    private static readonly (string Program, int Size)[] Mix =
        [("NQ", 210), ("NTD", 62), ("DVM", 45), ("CNKT", 150), ("SC", 48), ("NQ", 185), ("NTD", 80), ("NVCTD", 95), ("DVM", 38), ("CTDT", 70)];

    private static readonly OrganizationRegistry Registry = WithACenterCreatedIn2025(HaiDuongRegistry.Create());

    internal static IReadOnlyList<ClassRecord> Quarter()
    {
        var classes = new List<ClassRecord>();
        var i = 0;
        foreach (var (gso, count) in ClassesPerCenter)
        {
            for (var c = 0; c < count; c++, i++)
            {
                var (program, size) = Mix[i % Mix.Length];
                var firstSession = new LocalDate(2018, 1, 8).PlusDays(i % 80);
                classes.Add(Class(HaiDuongRegistry.CenterIdOf(gso), program, firstSession, size, withdrawnBeforeStart: i % 3));
            }
        }

        // Bring the sum of the generated sizes to the reported 7.443 on the last class.
        var total = classes.Sum(c => c.Enrollments.Count(e => !e.WithdrawnBeforeStart));
        var last = classes[^1];
        classes[^1] = Class(last.CenterId, last.ProgramCode, last.FirstSessionDate, last.Enrollments.Count(e => !e.WithdrawnBeforeStart) + (7443 - total));

        // None of these count in Q1/2018.
        classes.Add(Class(HaiDuongRegistry.KimThanhCenterId, "NTD", new LocalDate(2018, 4, 2), 60));          // Q2
        classes.Add(Class(HaiDuongRegistry.KimThanhCenterId, "DVM", null, 40));                              // not opened
        classes.Add(Class(HaiDuongRegistry.CenterIdOf("288"), "NQ", new LocalDate(2017, 12, 28), 300));       // previous quarter
        classes.Add(Class("TTCT-HP-NEW", "NQ", new LocalDate(2025, 9, 10), 120));                             // a centre of 2025
        return classes;
    }

    [Fact]
    public void Gives72ClassesAnd7443LearnerTurns()
    {
        var report = new StatisticsReporter(Registry).Build(Q1, Quarter(), HaiDuongRegistry.HaiDuongProvinceId);

        report.Total.Classes.ShouldBe(72);
        report.Total.LearnerTurns.ShouldBe(7443);
        Labels.Of(report.Total.LearnerTurns).ShouldBe("7.443");
        report.CentersWithClasses.ShouldBe(11);
        report.Period.Label.ShouldBe("Quý I/2018");
    }

    [Fact]
    public void ListsKimThanhAsTheOnlyCentreWithNoClass()
    {
        var report = new StatisticsReporter(Registry).Build(Q1, Quarter(), HaiDuongRegistry.HaiDuongProvinceId);

        report.CentersWithoutClasses.ShouldBe([new CenterReference(HaiDuongRegistry.KimThanhCenterId, "Trung tâm Chính trị huyện Kim Thành")]);
        report.Centers.Count.ShouldBe(12);
    }

    [Fact]
    public void DoesNotListACentreThatDidNotExistInThePeriod()
    {
        var report = new StatisticsReporter(Registry).Build(Q1, Quarter());

        report.Centers.ShouldNotContain(c => c.CenterId == "TTCT-HP-NEW");
        report.CentersWithoutClasses.ShouldNotContain(c => c.CenterId == "TTCT-HP-NEW");
    }

    [Fact]
    public void AfterTheReformOnlyTheNewCentreIsReported()
    {
        var report = new StatisticsReporter(Registry).Build(ReportingPeriod.Quarter(2025, 3), Quarter());

        report.Centers.Select(c => c.CenterId).ShouldBe(["TTCT-HP-NEW"]);
        report.Total.Classes.ShouldBe(1);
        report.CentersWithoutClasses.ShouldBeEmpty();
    }

    [Fact]
    public void NamesTheCountingRulesAndTheirVersions()
    {
        var report = new StatisticsReporter(Registry).Build(Q1, Quarter());

        report.CountingRules.Select(r => r.ToString()).ShouldBe(["Count.LearnerTurn v1", "Count.ClassPeriod v1"]);
    }

    [Fact]
    public void PerProgrammeFiguresAddUpToTheTotal()
    {
        var report = new StatisticsReporter(Registry).Build(Q1, Quarter(), HaiDuongRegistry.HaiDuongProvinceId);

        report.Programs.Sum(p => p.Figures.Classes).ShouldBe(72);
        report.Programs.Sum(p => p.Figures.LearnerTurns).ShouldBe(7443);
        report.Centers.Sum(c => c.Figures.LearnerTurns).ShouldBe(7443);
        report.Centers.ShouldAllBe(c => c.ByProgram.Sum(p => p.Figures.Classes) == c.Figures.Classes);
    }

    private static OrganizationRegistry WithACenterCreatedIn2025(OrganizationRegistry registry)
    {
        var newCenter = new TrainingCenter(
            "TTCT-HP-NEW", "Trung tâm Chính trị xã Kim Thành (mới)", "Đảng ủy xã Kim Thành", new LocalDate(2025, 7, 1), null,
            [new CenterServiceArea(HaiDuongRegistry.HaiPhongAfterMergerId, new LocalDate(2025, 7, 1), null)]);
        return new OrganizationRegistry(registry.Units, registry.Changes, [.. registry.Centers, newCenter]);
    }
}
