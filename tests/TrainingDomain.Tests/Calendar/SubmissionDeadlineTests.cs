using TrainingDomain.Calendar;

namespace TrainingDomain.Tests.Calendar;

public class SubmissionDeadline
{
    [Fact]
    public void IsTheNextWorkingDayAfterTheCutOff()
    {
        // Q1/2019 under Decree 09 is cut off on Thursday 14/03/2019.
        var q1 = ReportingPeriod.Quarter(2019, 1, CutOffPolicy.Decree09);

        q1.SubmissionDeadline(WorkingDayCalendar.WeekendsOnly).ShouldBe(new LocalDate(2019, 3, 15));
    }

    [Fact]
    public void SkipsTheWeekendAndPublicHolidays()
    {
        // Calendar Q1/2018 ends on Saturday 31/03/2018; Monday 02/04 is declared a holiday for the example.
        var calendar = new WorkingDayCalendar([new LocalDate(2018, 4, 2)]);

        ReportingPeriod.Quarter(2018, 1).SubmissionDeadline(calendar).ShouldBe(new LocalDate(2018, 4, 3));
    }

    [Fact]
    public void CanRequireSeveralWorkingDays()
    {
        // Q2/2019 (Decree 09) ends Friday 14/06/2019; three working days later is Wednesday 19/06.
        ReportingPeriod.Quarter(2019, 2, CutOffPolicy.Decree09)
            .SubmissionDeadline(WorkingDayCalendar.WeekendsOnly, 3)
            .ShouldBe(new LocalDate(2019, 6, 19));
    }

    [Fact]
    public void ZeroWorkingDaysIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
                ReportingPeriod.Quarter(2019, 1).SubmissionDeadline(WorkingDayCalendar.WeekendsOnly, 0))
            .ParamName.ShouldBe("workingDaysAfterCutOff");
    }

    [Fact]
    public void AWeekWithNoWorkingDayIsRefused()
    {
        Should.Throw<ArgumentException>(() => new WorkingDayCalendar(weekend: Enum.GetValues<IsoDayOfWeek>().Skip(1)))
            .ParamName.ShouldBe("weekend");
    }
}
