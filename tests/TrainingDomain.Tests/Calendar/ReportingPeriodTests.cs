using TrainingDomain.Calendar;

namespace TrainingDomain.Tests.Calendar;

public class ReportingPeriodWindows
{
    [Fact]
    public void Decree09FirstQuarterOf2019RunsFromMidDecemberToMidMarch()
    {
        var q1 = ReportingPeriod.Quarter(2019, 1, CutOffPolicy.Decree09);

        q1.Start.ShouldBe(new LocalDate(2018, 12, 15));
        q1.End.ShouldBe(new LocalDate(2019, 3, 14));
        q1.Label.ShouldBe("Quý I/2019");
    }

    [Theory]
    [InlineData(PeriodKind.Month, 3, CutOffPolicy.Calendar, "2018-03-01", "2018-03-31", "Tháng 3/2018")]
    [InlineData(PeriodKind.Month, 2, CutOffPolicy.Calendar, "2018-02-01", "2018-02-28", "Tháng 2/2018")]
    // January under Decree 09 starts in the previous December.
    [InlineData(PeriodKind.Month, 1, CutOffPolicy.Decree09, "2017-12-15", "2018-01-14", "Tháng 1/2018")]
    [InlineData(PeriodKind.Quarter, 1, CutOffPolicy.Calendar, "2018-01-01", "2018-03-31", "Quý I/2018")]
    [InlineData(PeriodKind.Quarter, 4, CutOffPolicy.Calendar, "2018-10-01", "2018-12-31", "Quý IV/2018")]
    [InlineData(PeriodKind.Quarter, 2, CutOffPolicy.Decree09, "2018-03-15", "2018-06-14", "Quý II/2018")]
    [InlineData(PeriodKind.FirstSixMonths, 1, CutOffPolicy.Calendar, "2018-01-01", "2018-06-30", "6 tháng đầu năm 2018")]
    [InlineData(PeriodKind.FirstSixMonths, 1, CutOffPolicy.Decree09, "2017-12-15", "2018-06-14", "6 tháng đầu năm 2018")]
    [InlineData(PeriodKind.NineMonths, 1, CutOffPolicy.Calendar, "2018-01-01", "2018-09-30", "9 tháng năm 2018")]
    [InlineData(PeriodKind.NineMonths, 1, CutOffPolicy.Decree09, "2017-12-15", "2018-09-14", "9 tháng năm 2018")]
    [InlineData(PeriodKind.Year, 1, CutOffPolicy.Calendar, "2018-01-01", "2018-12-31", "Năm 2018")]
    [InlineData(PeriodKind.Year, 1, CutOffPolicy.Decree09, "2017-12-15", "2018-12-14", "Năm 2018")]
    public void HasInclusiveWindowAndVietnameseLabel(PeriodKind kind, int index, CutOffPolicy policy, string start, string end, string label)
    {
        var period = Make(kind, 2018, index, policy);

        period.Start.ToString("yyyy-MM-dd", null).ShouldBe(start);
        period.End.ToString("yyyy-MM-dd", null).ShouldBe(end);
        period.Label.ShouldBe(label);
        period.Contains(period.Start).ShouldBeTrue();
        period.Contains(period.End).ShouldBeTrue();
        period.Contains(period.Start.PlusDays(-1)).ShouldBeFalse();
        period.Contains(period.End.PlusDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void LeapFebruaryEndsOnThe29th()
    {
        ReportingPeriod.Month(2020, 2).End.ShouldBe(new LocalDate(2020, 2, 29));
    }

    [Fact]
    public void NavigatesToNeighboursAndTheSamePeriodLastYear()
    {
        var q1 = ReportingPeriod.Quarter(2019, 1, CutOffPolicy.Decree09);

        q1.Next().ShouldBe(ReportingPeriod.Quarter(2019, 2, CutOffPolicy.Decree09));
        q1.Previous().ShouldBe(ReportingPeriod.Quarter(2018, 4, CutOffPolicy.Decree09));
        q1.SamePeriodPreviousYear().ShouldBe(ReportingPeriod.Quarter(2018, 1, CutOffPolicy.Decree09));
        ReportingPeriod.Month(2018, 12).Next().ShouldBe(ReportingPeriod.Month(2019, 1));
        ReportingPeriod.FirstSixMonths(2018).Next().ShouldBe(ReportingPeriod.FirstSixMonths(2019));
        ReportingPeriod.OfYear(2018).Previous().ShouldBe(ReportingPeriod.OfYear(2017));
    }

    [Theory]
    [InlineData(PeriodKind.Month, "2018-12-15", CutOffPolicy.Decree09, "Tháng 1/2019")]
    [InlineData(PeriodKind.Year, "2018-12-15", CutOffPolicy.Decree09, "Năm 2019")]
    [InlineData(PeriodKind.Year, "2018-12-15", CutOffPolicy.Calendar, "Năm 2018")]
    [InlineData(PeriodKind.FirstSixMonths, "2018-06-14", CutOffPolicy.Decree09, "6 tháng đầu năm 2018")]
    [InlineData(PeriodKind.NineMonths, "2017-12-20", CutOffPolicy.Decree09, "9 tháng năm 2018")]
    public void IsFoundFromAnyDate(PeriodKind kind, string date, CutOffPolicy policy, string label)
    {
        ReportingPeriod.Containing(kind, Parse(date), policy).Label.ShouldBe(label);
    }

    [Fact]
    public void NoSixMonthPeriodContainsAnAugustDate()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() =>
            ReportingPeriod.Containing(PeriodKind.FirstSixMonths, new LocalDate(2018, 8, 1)));

        error.ParamName.ShouldBe("date");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(0)]
    [InlineData(-1)]
    public void QuarterOutsideOneToFourIsRefused(int quarter)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2018, quarter));

        error.ParamName.ShouldBe("quarter");
        error.Message.ShouldContain("between 1 and 4");
    }

    [Fact]
    public void MonthThirteenIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2018, 13)).ParamName.ShouldBe("month");
    }

    [Fact]
    public void YearOutOfRangeIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.OfYear(0)).ParamName.ShouldBe("year");
    }

    internal static ReportingPeriod Make(PeriodKind kind, int year, int index, CutOffPolicy policy) => kind switch
    {
        PeriodKind.Month => ReportingPeriod.Month(year, index, policy),
        PeriodKind.Quarter => ReportingPeriod.Quarter(year, index, policy),
        PeriodKind.FirstSixMonths => ReportingPeriod.FirstSixMonths(year, policy),
        PeriodKind.NineMonths => ReportingPeriod.NineMonths(year, policy),
        _ => ReportingPeriod.OfYear(year, policy),
    };

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
