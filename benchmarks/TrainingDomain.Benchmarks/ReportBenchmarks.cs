using BenchmarkDotNet.Attributes;
using NodaTime;
using TrainingDomain.Calendar;
using TrainingDomain.Organization;
using TrainingDomain.Reporting;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// The period statistics report over 10,000 in-memory classes (about 100 learners each, first sessions spread over
/// 2017–2018) against a hand-written LINQ group-by computing the same figures for Q1/2018 and Q1/2017.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const int Count = 10_000;
    private static readonly string[] ProgramCodes = ["NTD", "DVM", "SC", "NQ", "CNKT", "NVCTD", "CTDT"];
    private readonly ReportingPeriod _quarter = ReportingPeriod.Quarter(2018, 1);
    private ClassRecord[] _classes = [];
    private StatisticsReporter _reporter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var registry = HaiDuongRegistry.Create();
        var centers = registry.Centers.Select(c => c.Id).ToArray();
        var random = new Random(72);
        _reporter = new StatisticsReporter(registry);
        _classes = Enumerable.Range(0, Count).Select(_ =>
        {
            var learners = random.Next(30, 180);
            var enrollments = new EnrollmentRecord[learners];
            for (var j = 0; j < learners; j++)
            {
                enrollments[j] = new EnrollmentRecord(random.Next(50) == 0, true, random.Next(10) > 0, false, 50, random.Next(3) * 5);
            }

            return new ClassRecord(
                Guid.NewGuid(), centers[random.Next(centers.Length)], ProgramCodes[random.Next(ProgramCodes.Length)],
                new LocalDate(2017, 1, 1).PlusDays(random.Next(0, 730)), enrollments);
        }).ToArray();
    }

    // The same figures the report gives (current period and the same period a year earlier, per centre × programme),
    // written as one would without the library: filter, group, sum.
    [Benchmark(Baseline = true, Description = "hand-written LINQ group-by (same figures)")]
    public int GroupBy()
    {
        var previous = _quarter.SamePeriodPreviousYear();
        var rows = _classes
            .Where(c => c.FirstSessionDate is { } d && (_quarter.Contains(d) || previous.Contains(d)))
            .GroupBy(c => (c.CenterId, c.ProgramCode, Current: _quarter.Contains(c.FirstSessionDate!.Value)))
            .Select(g =>
            {
                var turns = g.SelectMany(c => c.Enrollments).Where(e => !e.WithdrawnBeforeStart).ToList();
                return (
                    g.Key,
                    Classes: g.Count(),
                    Turns: turns.Count,
                    Completed: turns.Count(e => e.Completed),
                    Passed: turns.Count(e => e.Passed),
                    Planned: turns.Sum(e => (long)e.PlannedPeriods),
                    Absent: turns.Sum(e => (long)e.UnexcusedAbsentPeriods),
                    Refused: g.Sum(c => c.RefusedForAudience),
                    Overridden: turns.Count(e => e.AudienceOverridden));
            })
            .ToList();
        return rows.Where(r => r.Key.Current).Sum(r => r.Turns);
    }

    [Benchmark(Description = "StatisticsReporter.Build (all figures, previous year, centres)")]
    public int Report() => _reporter.Build(_quarter, _classes).Total.LearnerTurns;
}
