using CsCheck;
using TrainingDomain.Calendar;

namespace TrainingDomain.Tests.Calendar;

public class ReportingPeriodProperties
{
    private static readonly LocalDate Earliest = new(1901, 1, 1);

    private static readonly Gen<LocalDate> Dates =
        Gen.Int[0, Period.DaysBetween(Earliest, new LocalDate(9997, 12, 31))].Select(days => Earliest.PlusDays(days));

    private static readonly Gen<CutOffPolicy> Policies = Gen.Enum<CutOffPolicy>();

    [Fact]
    public void EveryDateLiesInExactlyOneQuarter()
    {
        Gen.Select(Dates, Policies).Sample((date, policy) =>
        {
            var quarter = ReportingPeriod.Containing(PeriodKind.Quarter, date, policy);
            return quarter.Contains(date) && !quarter.Next().Contains(date) && !quarter.Previous().Contains(date);
        });
    }

    [Fact]
    public void EveryDateLiesInExactlyOneMonth()
    {
        Gen.Select(Dates, Policies).Sample((date, policy) =>
        {
            var month = ReportingPeriod.Containing(PeriodKind.Month, date, policy);
            return month.Contains(date) && !month.Next().Contains(date) && !month.Previous().Contains(date);
        });
    }

    [Fact]
    public void QuartersTileTheirYearWithoutGapOrOverlap()
    {
        Gen.Select(Gen.Int[1901, 9997], Policies).Sample((year, policy) =>
        {
            var window = ReportingPeriod.OfYear(year, policy);
            var quarters = Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(year, q, policy)).ToList();
            return quarters[0].Start == window.Start
                && quarters[3].End == window.End
                && quarters.Zip(quarters.Skip(1)).All(pair => pair.First.End.PlusDays(1) == pair.Second.Start)
                && quarters.Sum(q => Period.DaysBetween(q.Start, q.End) + 1) == Period.DaysBetween(window.Start, window.End) + 1;
        });
    }

    [Fact]
    public void NextThenPreviousReturnsTheSamePeriod()
    {
        var periods = Gen.Select(Gen.Enum<PeriodKind>(), Gen.Int[1901, 9997], Gen.Int[1, 12], Policies)
            .Select((kind, year, month, policy) => ReportingPeriodWindows.Make(
                kind, year, kind == PeriodKind.Quarter ? ((month - 1) / 3) + 1 : month, policy));

        periods.Sample(p => p.Next().Previous() == p && p.Previous().Next() == p);
    }

    [Fact]
    public void ConsecutivePeriodsAreAdjacent()
    {
        var monthsAndQuarters = Gen.Select(Gen.Int[1901, 9997], Gen.Int[1, 12], Policies, Gen.Bool)
            .Select((year, month, policy, quarter) => quarter
                ? ReportingPeriod.Quarter(year, ((month - 1) / 3) + 1, policy)
                : ReportingPeriod.Month(year, month, policy));

        monthsAndQuarters.Sample(p => p.End.PlusDays(1) == p.Next().Start);
    }
}
