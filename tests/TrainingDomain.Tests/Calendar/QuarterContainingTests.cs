using TrainingDomain.Calendar;

namespace TrainingDomain.Tests.Calendar;

public class QuarterContaining
{
    [Theory]
    // The Decree 09 window of Q1/2019 begins in the previous calendar year.
    [InlineData(2019, 3, 14, CutOffPolicy.Decree09, 2019, 1)]
    // The day after the cut-off already belongs to Q2.
    [InlineData(2019, 3, 15, CutOffPolicy.Decree09, 2019, 2)]
    [InlineData(2018, 12, 15, CutOffPolicy.Decree09, 2019, 1)]
    [InlineData(2018, 12, 14, CutOffPolicy.Decree09, 2018, 4)]
    [InlineData(2019, 3, 14, CutOffPolicy.Calendar, 2019, 1)]
    [InlineData(2019, 3, 31, CutOffPolicy.Calendar, 2019, 1)]
    [InlineData(2019, 4, 1, CutOffPolicy.Calendar, 2019, 2)]
    [InlineData(2018, 12, 31, CutOffPolicy.Calendar, 2018, 4)]
    public void FindsTheQuarterWhoseWindowHoldsTheDate(int y, int m, int d, CutOffPolicy policy, int year, int quarter)
    {
        var period = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(y, m, d), policy);

        period.ShouldBe(ReportingPeriod.Quarter(year, quarter, policy));
        period.Contains(new LocalDate(y, m, d)).ShouldBeTrue();
    }
}
