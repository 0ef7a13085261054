using BenchmarkDotNet.Attributes;
using NodaTime;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.Benchmarks;

/// <summary>
/// Attendance evaluation (standing and alerts for every learner) of a 120-learner class over 10 sessions, 8 of them
/// held and marked, with a tenth of the learners enrolled after session 2: the library's engine against a hand-written
/// loop over plain arrays computing the same numbers. Results are per class evaluation.
/// </summary>
[MemoryDiagnoser]
public class AttendanceBenchmarks
{
    private const int Learners = 120;
    private const int Sessions = 10;
    private const int Held = 8;
    private const decimal Threshold = 0.8m;
    private const int ConsecutiveAlert = 2;
    private static readonly LocalDate Start = new(2018, 3, 5);

    private readonly AttendanceEngine _engine = new(AttendancePolicy.Default);
    private TrainingClass _class = null!;
    private LocalDate _asOf;

    // The same data as plain arrays, as one would keep it without the library: -1 = unmarked.
    private int[] _periods = [];
    private int[] _firstSession = [];
    private sbyte[][] _marks = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20180305);
        var program = DefaultPrograms.Ntd();
        _class = new TrainingClass(Guid.NewGuid(), "TT-293", "NTD", "NTD-03/2018", "Hội trường", Start, Start.PlusDays(4), Learners);
        _periods = new int[Sessions];
        for (var k = 0; k < Sessions; k++)
        {
            _periods[k] = k % 3 == 0 ? 4 : 5;
            _class.ScheduleSession(ClassSession.ForHalfDay(k + 1, Start.PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD-01", _periods[k], "GV-001"));
        }

        _class.Approve();
        _class.StartEnrolment();
        _class.Open(new Verdict(OpeningRules.RuleSetIdPrefix, Start, []));
        var organization = new NominatingOrganization("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
        var nominees = Enumerable.Range(1, Learners).Select(i => new LearnerProfile($"Học viên {i:000}")
        {
            BirthDate = new LocalDate(1990, 1, 1).PlusDays(i * 17),
            Ethnicity = "Kinh",
            Education = EducationLevel.UpperSecondary,
            Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
            LivesInSpecialArea = false,
        });
        var nominations = _class.ReceiveNominations(new NominationList(organization, Start.PlusDays(-5), nominees), program);

        _firstSession = new int[Learners];
        _marks = new sbyte[Learners][];
        var at = Instant.FromUtc(2018, 3, 9, 10, 0);
        for (var i = 0; i < Learners; i++)
        {
            // Every tenth learner enrols on the second day, after sessions 1 and 2.
            var late = i % 10 == 0;
            var enrollment = _class.Enroll(nominations[i].Id, late ? Start.PlusDays(1) : Start.PlusDays(-3));
            _firstSession[i] = late ? 2 : 0;
            _marks[i] = new sbyte[Sessions];
            Array.Fill(_marks[i], (sbyte)-1);
            for (var k = _firstSession[i]; k < Held; k++)
            {
                var roll = random.Next(100);
                var mark = roll < 75 ? AttendanceMark.Present : roll < 85 ? AttendanceMark.Late : roll < 92 ? AttendanceMark.ExcusedAbsence : AttendanceMark.UnexcusedAbsence;
                _class.MarkAttendance(enrollment.Id, k + 1, mark, "Giáo vụ", at, mark == AttendanceMark.ExcusedAbsence ? "Ốm" : null);
                _marks[i][k] = (sbyte)mark;
            }
        }

        _asOf = Start.PlusDays(3);
        if (Library() != Baseline())
        {
            throw new InvalidOperationException("The library and the hand-written loop disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written loop over arrays")]
    public int Baseline()
    {
        var checksum = 0;
        for (var i = 0; i < Learners; i++)
        {
            var marks = _marks[i];
            int planned = 0, attended = 0, remaining = 0, lost = 0, run = 0, unreachableAt = 0, consecutiveAt = 0;
            for (var k = _firstSession[i]; k < Sessions; k++)
            {
                planned += _periods[k];
            }

            for (var k = _firstSession[i]; k < Sessions; k++)
            {
                var mark = marks[k];
                if (k >= Held || mark < 0)
                {
                    remaining += _periods[k];
                    run = 0;
                    continue;
                }

                if (mark is (sbyte)AttendanceMark.Present or (sbyte)AttendanceMark.Late)
                {
                    attended += _periods[k];
                }
                else
                {
                    lost += _periods[k];
                    if (unreachableAt == 0 && (decimal)(planned - lost) / planned < Threshold)
                    {
                        unreachableAt = k + 1;
                    }
                }

                run = mark == (sbyte)AttendanceMark.UnexcusedAbsence ? run + 1 : 0;
                if (run == ConsecutiveAlert)
                {
                    consecutiveAt = k + 1;
                }
            }

            var canPass = (decimal)(attended + remaining) / planned >= Threshold;
            checksum += attended + remaining * 3 + (canPass ? 1000 : 0) + unreachableAt * 7 + consecutiveAt * 11;
        }

        return checksum;
    }

    [Benchmark(Description = "library engine (standing + alerts)")]
    public int Library()
    {
        var checksum = 0;
        foreach (var learner in _engine.Evaluate(_class, _asOf))
        {
            var standing = learner.Standing;
            var unreachableAt = 0;
            var consecutiveAt = 0;
            foreach (var alert in learner.Alerts)
            {
                if (alert.Kind == AttendanceAlertKind.ThresholdUnreachable)
                {
                    unreachableAt = alert.SessionNumber;
                }
                else
                {
                    consecutiveAt = alert.SessionNumber;
                }
            }

            checksum += standing.AttendedPeriods + standing.RemainingPeriods * 3 + (standing.CanStillPass ? 1000 : 0) + unreachableAt * 7 + consecutiveAt * 11;
        }

        return checksum;
    }
}
