using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Reporting;
using static TrainingDomain.Tests.Reporting.ReportFixtures;

namespace TrainingDomain.Tests.Reporting;

public class StatisticsReporterCounting
{
    private static readonly OrganizationRegistry Registry = HaiDuongRegistry.Create();
    private static readonly string KimThanh = HaiDuongRegistry.KimThanhCenterId;
    private static readonly string NamSach = HaiDuongRegistry.CenterIdOf("291");

    [Fact]
    public void WithdrawalsBeforeTheFirstSessionAreNotLearnerTurns()
    {
        var report = new StatisticsReporter(Registry).Build(
            ReportingPeriod.Quarter(2018, 1), [Class(KimThanh, "NTD", new LocalDate(2018, 2, 1), learners: 40, withdrawnBeforeStart: 5)]);

        report.Total.LearnerTurns.ShouldBe(40);
    }

    [Theory]
    // 14/03/2019 is in Q1/2019 under both policies.
    [InlineData(2019, 3, 14, CutOffPolicy.Decree09, 1)]
    // 15/03/2019 already belongs to Q2 under Decree 09 but to Q1 under the calendar.
    [InlineData(2019, 3, 15, CutOffPolicy.Decree09, 0)]
    [InlineData(2019, 3, 15, CutOffPolicy.Calendar, 1)]
    // 20/12/2018 is Q1/2019 under Decree 09.
    [InlineData(2018, 12, 20, CutOffPolicy.Decree09, 1)]
    public void AClassCountsInThePeriodOfItsFirstSession(int y, int m, int d, CutOffPolicy policy, int expected)
    {
        var report = new StatisticsReporter(Registry).Build(
            ReportingPeriod.Quarter(2019, 1, policy), [Class(KimThanh, "SC", new LocalDate(y, m, d), learners: 30)]);

        report.Total.Classes.ShouldBe(expected);
    }

    [Fact]
    public void ComparesWithTheSamePeriodOfThePreviousYear()
    {
        var report = new StatisticsReporter(Registry).Build(
            ReportingPeriod.Quarter(2019, 1),
            [
                Class(KimThanh, "NTD", new LocalDate(2019, 2, 1), learners: 50),
                Class(KimThanh, "NTD", new LocalDate(2018, 2, 1), learners: 70),
                Class(NamSach, "DVM", new LocalDate(2018, 3, 1), learners: 30),
            ]);

        report.PreviousYearPeriod.Label.ShouldBe("Quý I/2018");
        report.Total.LearnerTurns.ShouldBe(50);
        report.PreviousYearTotal.LearnerTurns.ShouldBe(100);
        report.Centers.Single(c => c.CenterId == NamSach).PreviousYear.Classes.ShouldBe(1);
        report.CentersWithoutClasses.ShouldContain(c => c.CenterId == NamSach);
    }

    [Fact]
    public void CountsCompletionsPassesAbsencesAndAudienceDecisions()
    {
        var record = new ClassRecord(
            Guid.NewGuid(), KimThanh, "NTD", new LocalDate(2018, 3, 1),
            [Learner(passed: true), Learner(passed: false, absent: 10), Learner(completed: false, passed: false, overridden: true, absent: 20)],
            RefusedForAudience: 4);

        var total = new StatisticsReporter(Registry).Build(ReportingPeriod.Quarter(2018, 1), [record]).Total;

        total.ShouldBe(new Figures(1, 3, 2, 1, 150, 30, 4, 1));
        total.UnexcusedAbsenceRate.ShouldBe(0.2m);
    }

    [Fact]
    public void MeasuresProgressAgainstTheAnnualPlanYearToDate()
    {
        PlanTarget[] plan =
        [
            new(2018, KimThanh, "NTD", 1, 2, 120),
            new(2018, KimThanh, "NTD", 3, 2, 120),
            new(2018, KimThanh, "SC", 2, 1, 50),
        ];
        ClassRecord[] classes =
        [
            Class(KimThanh, "NTD", new LocalDate(2018, 2, 1), 60),
            Class(KimThanh, "NTD", new LocalDate(2018, 5, 2), 55),
            Class(KimThanh, "NTD", new LocalDate(2018, 8, 1), 50),
        ];

        var progress = new StatisticsReporter(Registry).Build(ReportingPeriod.FirstSixMonths(2018), classes, plan: plan).PlanProgress;

        progress.ShouldBe([
            new PlanProgressLine("NTD", 2, 4, 115, 240),
            new PlanProgressLine("SC", 0, 1, 0, 50),
            new PlanProgressLine(null, 2, 5, 115, 290),
        ]);
        progress[0].ClassShare.ShouldBe(0.5m);
    }

    [Fact]
    public void AnUnknownProvinceIsRefused()
    {
        Should.Throw<ArgumentException>(() => new StatisticsReporter(Registry).Build(ReportingPeriod.Quarter(2018, 1), [], "99@2018-01-01"))
            .ParamName.ShouldBe("provinceId");
    }
}
