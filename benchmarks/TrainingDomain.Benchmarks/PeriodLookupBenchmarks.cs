using BenchmarkDotNet.Attributes;
using NodaTime;
using TrainingDomain.Calendar;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// Finding the quarter that contains a date, against the bare arithmetic of a calendar quarter as the baseline.
/// The lookup must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class PeriodLookupBenchmarks
{
    private const int Count = 10_000;
    private LocalDate[] _dates = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _dates = Enumerable.Range(0, Count).Select(_ => new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 4000))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "(month - 1) / 3 + 1")]
    public int Arithmetic()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += ((date.Month - 1) / 3) + 1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Containing(Quarter, Calendar)")]
    public int CalendarQuarter()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += ReportingPeriod.Containing(PeriodKind.Quarter, date).Index;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Containing(Quarter, Decree09) + End")]
    public int Decree09QuarterWithEnd()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += ReportingPeriod.Containing(PeriodKind.Quarter, date, CutOffPolicy.Decree09).End.Day;
        }

        return sum;
    }
}
