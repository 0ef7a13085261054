using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.Testing;

/// <summary>
/// Classes and annual plans for report tests and benchmarks, built through the domain's own methods (nominations checked
/// against the programme, enrolment, overrides, refusals, withdrawals before and after the start, late enrolment,
/// attendance marks, outcomes, completion and closing), reproducible from a seed.
/// </summary>
/// <remarks>
/// Programmes NTD (30–120 learners), DVM (20–100) and NQ (60–200) are mixed. Of the classes, about 5 % stay enrolling
/// and 3 % are cancelled (neither counts anywhere); the rest open, and of those two fifths stay in progress with half of
/// their sessions marked, the others complete (outcomes for nine in ten) and half of those close. First sessions are
/// spread over <c>from</c>–<c>to</c>, with half placed on the days around calendar and Decree 09 cut-offs (14/15 of
/// the last month of a quarter, the last and first days of a quarter), and a class runs over several days, so classes
/// straddle period boundaries.
/// </remarks>
public sealed class ReportingDataset
{
    private static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
    private static readonly Instant MarkedAt = Instant.FromUtc(2018, 1, 1, 0, 0);
    private static readonly (string Code, Program Program, int Min, int Max)[] Programmes =
    [
        ("NTD", DefaultPrograms.Ntd(), 30, 120),
        ("DVM", DefaultPrograms.Dvm(), 20, 100),
        ("NQ", DefaultPrograms.Nq(), 60, 200),
    ];

    private readonly Random _random;
    private int _learner;

    private ReportingDataset(int seed) => _random = new Random(seed);

    /// <summary>The classes, in creation order.</summary>
    public List<TrainingClass> Classes { get; } = [];

    /// <summary>The annual plans: one per centre and year with classes, approved except every fourth.</summary>
    public List<AnnualClassPlan> Plans { get; } = [];

    /// <summary>Builds a dataset.</summary>
    /// <param name="seed">The seed; the same seed gives the same data (ids aside).</param>
    /// <param name="centerIds">The centres that run classes, in turn.</param>
    /// <param name="classCount">How many classes.</param>
    /// <param name="from">The earliest first session.</param>
    /// <param name="to">The latest first session.</param>
    /// <param name="learnerScale">Multiplies the class sizes (1 = realistic, smaller for fast tests).</param>
    /// <returns>The dataset.</returns>
    public static ReportingDataset Generate(int seed, IReadOnlyList<string> centerIds, int classCount, LocalDate from, LocalDate to, double learnerScale = 1)
    {
        ArgumentNullException.ThrowIfNull(centerIds);
        var dataset = new ReportingDataset(seed);
        var days = Period.Between(from, to, PeriodUnits.Days).Days;
        for (var i = 0; i < classCount; i++)
        {
            var center = centerIds[i % centerIds.Count];
            var (code, program, min, max) = Programmes[dataset._random.Next(Programmes.Length)];
            var size = Math.Max(3, (int)(dataset._random.Next(min, max + 1) * learnerScale));
            var start = dataset.FirstSession(from, days);
            dataset.Classes.Add(dataset.Class(i, center, code, program, size, start));
        }

        dataset.Plan();
        return dataset;
    }

    /// <summary>The number of enrolments of every class.</summary>
    public int EnrollmentCount => Classes.Sum(c => c.Enrollments.Count);

    private LocalDate FirstSession(LocalDate from, int days)
    {
        var start = from.PlusDays(_random.Next(days + 1));
        if (_random.Next(2) == 0)
        {
            // On a cut-off: the 14th/15th of a quarter's last month, or the last/first day of a quarter.
            var quarterEnd = new LocalDate(start.Year, ((start.Month - 1) / 3 * 3) + 3, 1);
            start = _random.Next(4) switch
            {
                0 => quarterEnd.PlusDays(13),
                1 => quarterEnd.PlusDays(14),
                2 => quarterEnd.PlusMonths(1).PlusDays(-1),
                _ => quarterEnd.PlusMonths(1),
            };
        }

        return start;
    }

    private TrainingClass Class(int index, string centerId, string programCode, Program program, int size, LocalDate start)
    {
        var sessionCount = _random.Next(4, 9);
        var lastDay = start.PlusDays((sessionCount - 1) / 2);
        var trainingClass = new TrainingClass(
            Guid.NewGuid(), centerId, programCode, $"{programCode}-{index:0000}/{start.Year}", "Hội trường Trung tâm chính trị", start, lastDay, size + 10);
        for (var k = 0; k < sessionCount; k++)
        {
            trainingClass.ScheduleSession(ClassSession.ForHalfDay(
                k + 1, start.PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, $"{programCode}-{k + 1:00}", _random.Next(4, 6), "gv-01"));
        }

        trainingClass.RecordOpeningDecision(new ClassDecision($"{index}-QĐ/TTCT", start.PlusDays(-20), "Giám đốc Trung tâm"));
        trainingClass.Approve(new ClassDecision($"{index}-QĐ/HU", start.PlusDays(-25), "Bí thư Huyện ủy"));
        trainingClass.StartEnrolment();

        var fate = _random.Next(100);
        var nominees = Enumerable.Range(0, size + 4).Select(n => Nominee(programCode, start, eligible: n < size || n % 2 == 0)).ToList();
        var late = new List<Nomination>();
        foreach (var nomination in trainingClass.ReceiveNominations(new NominationList(Cell, start.PlusDays(-10), nominees), program))
        {
            var roll = _random.Next(100);
            if (nomination.Verdict.IsAccepted)
            {
                if (roll < 3)
                {
                    trainingClass.RefuseNomination(nomination.Id, "Đơn vị đã cử đủ người");
                }
                else if (roll < 8 && fate >= 8)
                {
                    late.Add(nomination);
                }
                else
                {
                    trainingClass.Enroll(nomination.Id, start.PlusDays(-_random.Next(1, 8)));
                }
            }
            else if (roll < 40)
            {
                trainingClass.Enroll(nomination.Id, start.PlusDays(-3), new VerdictOverride("Bí thư Huyện ủy", "Cán bộ nguồn được cử đi học", MarkedAt));
            }
            else
            {
                trainingClass.RefuseNomination(nomination.Id, "Không đúng đối tượng");
            }
        }

        foreach (var enrollment in trainingClass.Enrollments.Where(_ => _random.Next(100) < 3).ToList())
        {
            trainingClass.Withdraw(enrollment.Id, start.PlusDays(-1), "Chuyển công tác");
        }

        if (fate < 5)
        {
            return trainingClass;
        }

        if (fate < 8)
        {
            trainingClass.Cancel("Không đủ học viên", start.PlusDays(-2));
            return trainingClass;
        }

        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, start.PlusDays(-1), []));
        var sessions = trainingClass.Sessions.ToList();
        foreach (var nomination in late)
        {
            trainingClass.Enroll(nomination.Id, sessions[_random.Next(1, sessions.Count)].Date);
        }

        var inProgress = fate < 45;
        var held = inProgress ? sessions.Count / 2 : sessions.Count;
        var leavers = new List<(Guid Id, LocalDate On)>();
        foreach (var enrollment in trainingClass.Enrollments.Where(e => e.IsActive).ToList())
        {
            // Some learners drop out: no marks from the day they leave.
            LocalDate? leaveOn = _random.Next(100) < 3 ? LocalDate.Max(sessions[_random.Next(1, sessions.Count)].Date, enrollment.EnrolledOn) : null;
            for (var s = 0; s < held; s++)
            {
                if (sessions[s].Date < enrollment.EnrolledOn || sessions[s].Date >= leaveOn)
                {
                    continue;
                }

                var roll = _random.Next(100);
                var mark = roll < 84 ? AttendanceMark.Present : roll < 89 ? AttendanceMark.Late : roll < 93 ? AttendanceMark.ExcusedAbsence : AttendanceMark.UnexcusedAbsence;
                trainingClass.MarkAttendance(enrollment.Id, sessions[s].Number, mark, "Cán bộ lớp", MarkedAt, mark == AttendanceMark.ExcusedAbsence ? "Ốm" : null);
            }

            if (leaveOn is { } on)
            {
                leavers.Add((enrollment.Id, on));
            }
        }

        foreach (var (id, on) in leavers)
        {
            trainingClass.Withdraw(id, on, "Bỏ học giữa chừng");
        }

        if (inProgress)
        {
            return trainingClass;
        }

        trainingClass.Complete();
        foreach (var enrollment in trainingClass.Enrollments.Where(e => e.IsActive && _random.Next(10) > 0).ToList())
        {
            trainingClass.RecordOutcome(enrollment.Id, passed: _random.Next(100) < 85);
        }

        if (fate >= 75)
        {
            trainingClass.Close();
        }

        return trainingClass;
    }

    private LearnerProfile Nominee(string programCode, LocalDate classStart, bool eligible)
    {
        var name = $"Học viên {++_learner:000000}";
        if (!eligible && programCode == "NTD" && _learner % 3 == 0)
        {
            // Eligible but for the missing birth date: undetermined, not ineligible.
            return new LearnerProfile(name)
            {
                Sex = Sex.Female,
                Ethnicity = "Kinh",
                Education = EducationLevel.UpperSecondary,
                PoliticalTheory = PoliticalTheoryLevel.None,
                Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
                LivesInSpecialArea = false,
            };
        }

        var party = (programCode, eligible) switch
        {
            ("NTD", true) => PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
            ("DVM", true) => PartyStanding.Probationary(classStart.PlusMonths(-3)),
            ("NQ", true) => PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)),
            ("NQ", false) => PartyStanding.NonMember(),
            _ => PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)),
        };
        return new LearnerProfile(name)
        {
            BirthDate = new LocalDate(1980 + (_learner % 20), 1 + (_learner % 12), 1 + (_learner % 28)),
            Sex = _learner % 2 == 0 ? Sex.Male : Sex.Female,
            Ethnicity = "Kinh",
            Education = EducationLevel.UpperSecondary,
            PoliticalTheory = PoliticalTheoryLevel.None,
            Party = party,
            LivesInSpecialArea = false,
        };
    }

    private void Plan()
    {
        var byCenterYear = Classes
            .Where(c => c.FirstSessionDate is not null)
            .GroupBy(c => (c.CenterId, c.FirstSessionDate!.Value.Year))
            .OrderBy(g => g.Key.CenterId, StringComparer.Ordinal).ThenBy(g => g.Key.Year);
        var n = 0;
        foreach (var group in byCenterYear)
        {
            var plan = new AnnualClassPlan(Guid.NewGuid(), group.Key.CenterId, group.Key.Year);
            foreach (var line in group.GroupBy(c => (c.ProgramCode, Quarter: ((c.FirstSessionDate!.Value.Month - 1) / 3) + 1)))
            {
                plan.AddItem(line.Key.ProgramCode, line.Key.Quarter, line.Count() + _random.Next(0, 3), line.Sum(c => c.Enrollments.Count) + _random.Next(0, 50));
            }

            // A programme planned but never opened, so plan progress has a line with nothing done.
            plan.AddItem("TC", 4, 1, 40);
            if (n++ % 4 != 3)
            {
                plan.Approve($"{n}-QĐ/HU", new LocalDate(group.Key.Year - 1, 12, 20), "Ban Thường vụ Huyện ủy");
            }

            Plans.Add(plan);
        }
    }
}
