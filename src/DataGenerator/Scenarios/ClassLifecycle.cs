using Bogus;
using NodaTime;
using TrainingDomain.Assessment;
using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.DataGenerator.Classes;
using TrainingDomain.DataGenerator.People;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// Runs one class through the library's lifecycle: opening decision, approval, enrolment, timetable with qualified and
/// free lecturers, nomination lists (with the wrong-audience nominees refused by the eligibility verdict), enrolment,
/// withdrawals before the start, opening under the default opening rules, attendance up to the reference date (with
/// planted absentees), and for classes finished by then, completion, results, outcomes and certificates. Nothing is
/// set behind the aggregate's back: a rule the data breaks by accident fails the generation.
/// </summary>
internal sealed class ClassLifecycle
{
    private static readonly Offset Vietnam = Offset.FromHours(7);
    private static readonly string[] ExcuseReasons = ["Ốm, có giấy xác nhận", "Việc gia đình", "Đi công tác theo phân công của cơ quan"];

    private readonly Randomizer _random;
    private readonly ScenarioOptions _options;
    private readonly LocalDate _referenceDate;
    private readonly ProgramCatalog _catalog;
    private readonly LecturerQualification _qualification;
    private readonly TrainingClassFaker _classes;
    private readonly LearnerProfileFaker _learners;
    private readonly IVerificationCodeSource _codes;
    private readonly Dictionary<(string Lecturer, LocalDate Date, HalfDay HalfDay), bool> _busy = [];
    private readonly WorkingDayCalendar? _calendar;

    // calendar: the working days classes are taught on; when omitted, the 2018 holidays in 2018 and weekdays otherwise.
    public ClassLifecycle(int seed, ScenarioOptions options, LocalDate referenceDate, ProgramCatalog catalog, IVerificationCodeSource codes, WorkingDayCalendar? calendar = null)
    {
        _calendar = calendar;
        _random = new Randomizer(seed);
        _options = options;
        _referenceDate = referenceDate;
        _catalog = catalog;
        _qualification = new LecturerQualification(QualificationPolicy.Default);
        _classes = new TrainingClassFaker(seed + 1);
        _learners = new LearnerProfileFaker(seed + 2);
        _codes = codes;
    }

    /// <summary>Teaching days of every class, when a scenario fixes them (the <c>scale</c> scenario); else <see cref="DaysOf"/>.</summary>
    public int? TeachingDaysPerClass { get; init; }

    public int WrongAudience { get; private set; }

    public int Absentees { get; private set; }

    public int Withdrawn { get; private set; }

    /// <summary>Teaching days of a class of a programme [assumed within the programme's length].</summary>
    public int DaysOf(Program program) => program.Code switch
    {
        "NTD" => 5,
        "SC" => _random.Int(program.Length.MinDays, Math.Min(program.Length.MaxDays, program.Length.MinDays + 2)),
        _ => _random.Int(program.Length.MinDays, Math.Min(program.Length.MaxDays, program.Length.MinDays + 1)),
    };

    public TrainingClass Run(ClassSpec spec, CenterContext center, Dataset dataset)
    {
        var program = _catalog.Get(spec.ProgramCode);
        var days = TeachingDays(spec.Start, TeachingDaysPerClass ?? DaysOf(program));
        var withdrawn = StochasticRound(_options.WithdrawalRate * spec.LearnerTurns);
        var wrong = StochasticRound(_options.WrongAudienceRate * spec.LearnerTurns);
        var planItem = center.Plan?.Items.First(i => i.ProgramCode == spec.ProgramCode && i.Quarter == spec.Quarter);
        var trainingClass = _classes.For(spec, days[^1], spec.LearnerTurns + withdrawn + _random.Int(0, 10), planItem?.Id).Generate();

        center.Decisions++;
        trainingClass.RecordOpeningDecision(new ClassDecision(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{center.Decisions}-QĐ/TTCT"), spec.Start.PlusDays(-_random.Int(7, 20)), center.Director));
        trainingClass.Approve();
        trainingClass.StartEnrolment();
        Schedule(trainingClass, program, days, center);
        Enrol(trainingClass, program, spec, center, withdrawn, wrong);
        trainingClass.Open(new OpeningContext(trainingClass, program, center.Lecturers, _qualification, spec.Start) { Plan = center.Plan });
        var absentees = MarkAttendance(trainingClass, program, center);
        if (days[^1] <= _referenceDate)
        {
            Finish(trainingClass, program, center, absentees, dataset);
        }

        return trainingClass;
    }

    private List<LocalDate> TeachingDays(LocalDate start, int count)
    {
        var days = new List<LocalDate>(count);
        for (var d = start; days.Count < count; d = d.PlusDays(1))
        {
            if (_calendar is not null ? _calendar.IsWorkingDay(d) : ClassPlanner.Calendar2018.IsWorkingDay(d) || d.Year != 2018 && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private void Schedule(TrainingClass trainingClass, Program program, List<LocalDate> days, CenterContext center)
    {
        var periods = program.Length.Periods is { } total && program.Length.Sessions is { } sessions ? total / sessions : 4;
        var topic = Lecturers.LecturerFaker.TopicOf(program.Code);
        var number = 0;
        foreach (var day in days)
        {
            foreach (var half in (HalfDay[])[HalfDay.Morning, HalfDay.Afternoon])
            {
                number++;
                var free = center.Lecturers
                    .Where(l => !_busy.ContainsKey((l.Id, day, half)) && _qualification.Check(l, program.Code, topic, day).Outcome == VerdictOutcome.Eligible)
                    .ToArray();
                if (free.Length == 0)
                {
                    throw new InvalidOperationException(
                        $"No qualified lecturer of {center.Center.Name} is free on {day:yyyy-MM-dd} {half} for {trainingClass.Code}; the scenario needs more lecturers.");
                }

                var lecturer = _random.ArrayElement(free);
                var session = ClassSession.ForHalfDay(number, day, half, topic, periods, lecturer.Id);
                lecturer.Book(session.Slot, session.Reference(trainingClass.Code));
                _busy[(lecturer.Id, day, half)] = true;
                trainingClass.ScheduleSession(session);
            }
        }
    }

    private void Enrol(TrainingClass trainingClass, Program program, ClassSpec spec, CenterContext center, int withdrawn, int wrong)
    {
        var nominees = spec.LearnerTurns + withdrawn + wrong;
        var sources = SourcesFor(program.Code, center);
        var lists = Math.Clamp(nominees / 30, 1, Math.Min(6, sources.Count));
        var chosen = _random.Shuffle(sources).Take(lists).ToList();
        var sizes = ClassPlanner.Allocate(nominees, chosen.Select(_ => 0.5 + _random.Double()).ToList(), minimum: 1);
        var wrongAt = _random.Shuffle(Enumerable.Range(0, nominees)).Take(wrong).ToHashSet();
        var index = 0;
        var planted = new HashSet<Guid>();
        for (var k = 0; k < chosen.Count; k++)
        {
            var organization = chosen[k];
            var receivedOn = spec.Start.PlusDays(-_random.Int(8, 20));
            _learners.For(program.Code, spec.Start, center.DistrictName, organization.Name);
            var profiles = new List<LearnerProfile>(sizes[k]);
            var wrongInList = new List<int>();
            for (var n = 0; n < sizes[k]; n++, index++)
            {
                var isWrong = wrongAt.Contains(index);
                profiles.Add(isWrong ? _learners.Generate(LearnerProfileFaker.WrongAudience) : _learners.Generate());
                if (isWrong)
                {
                    wrongInList.Add(n);
                }
            }

            var nominations = trainingClass.ReceiveNominations(new NominationList(organization, receivedOn, profiles), program);
            foreach (var n in wrongInList)
            {
                planted.Add(nominations[n].Id);
            }
        }

        var enrolled = new List<Enrollment>();
        foreach (var nomination in trainingClass.Nominations)
        {
            var expectWrong = planted.Contains(nomination.Id);
            var outcome = nomination.Verdict.Outcome;
            if (expectWrong != (outcome == VerdictOutcome.Ineligible) || (!expectWrong && outcome != VerdictOutcome.Eligible))
            {
                throw new InvalidOperationException(
                    $"The learner faker gave a {(expectWrong ? "wrong-audience" : "target-audience")} nominee whom {program.Code}'s rules judge {outcome}: " +
                    string.Join(" ", nomination.Verdict.Results.Where(r => r.Outcome != RuleOutcome.Passed).Select(r => r.Message)));
            }

            if (expectWrong)
            {
                trainingClass.RefuseNomination(nomination.Id, "Không đúng đối tượng của chương trình.");
                WrongAudience++;
            }
            else
            {
                enrolled.Add(trainingClass.Enroll(nomination.Id, spec.Start.PlusDays(-_random.Int(2, 6))));
            }
        }

        foreach (var enrollment in _random.Shuffle(enrolled).Take(withdrawn))
        {
            trainingClass.Withdraw(enrollment.Id, spec.Start.PlusDays(-1), "Bận công tác đột xuất, đơn vị cử xin rút.");
            Withdrawn++;
        }
    }

    // Party committees of communes send most learners; mass organisations send to their own programme; agencies to
    // knowledge updates and resolution study.
    private static List<NominatingOrganization> SourcesFor(string programCode, CenterContext center) => programCode switch
    {
        "CTDT" => center.Organizations.Where(o => o.Kind == NominatingOrganizationKind.MassOrganization).ToList(),
        "CNKT" or "NQ" => center.Organizations.Where(o => o.Kind is NominatingOrganizationKind.CommunePartyCommittee or NominatingOrganizationKind.Agency).ToList(),
        _ => center.Organizations.Where(o => o.Kind == NominatingOrganizationKind.CommunePartyCommittee).ToList(),
    };

    private HashSet<Guid> MarkAttendance(TrainingClass trainingClass, Program program, CenterContext center)
    {
        var held = trainingClass.Sessions.Where(s => s.Date <= _referenceDate).ToList();
        var active = trainingClass.Enrollments.Where(e => e.IsActive).ToList();
        var planned = trainingClass.Sessions.Sum(s => s.Periods);
        var threshold = program.AttendanceThreshold;
        var clerk = center.AttendanceClerk;
        var absentees = new HashSet<Guid>();
        var wanted = StochasticRound(_options.AbsenteeRate * active.Count);
        var misses = new Dictionary<Guid, HashSet<int>>();
        foreach (var learner in _random.Shuffle(active).Take(wanted))
        {
            // Unexcused absences from random held sessions until the threshold can no longer be reached.
            var lost = 0;
            var missed = new HashSet<int>();
            foreach (var session in _random.Shuffle(held))
            {
                if ((decimal)(planned - lost) / planned < threshold)
                {
                    break;
                }

                missed.Add(session.Number);
                lost += session.Periods;
            }

            if ((decimal)(planned - lost) / planned < threshold)
            {
                misses[learner.Id] = missed;
                absentees.Add(learner.Id);
            }
        }

        Absentees += absentees.Count;
        foreach (var enrollment in active)
        {
            var missed = misses.GetValueOrDefault(enrollment.Id);
            var excused = missed is null && held.Count >= 10 && _random.Bool(0.03f) ? _random.ArrayElement(held.ToArray()).Number : 0;
            foreach (var session in held)
            {
                var at = session.Date.At(session.HalfDay == HalfDay.Afternoon ? new LocalTime(17, 0) : new LocalTime(11, 30)).WithOffset(Vietnam).ToInstant();
                if (missed?.Contains(session.Number) == true)
                {
                    trainingClass.MarkAttendance(enrollment.Id, session.Number, AttendanceMark.UnexcusedAbsence, clerk, at);
                }
                else if (session.Number == excused)
                {
                    trainingClass.MarkAttendance(enrollment.Id, session.Number, AttendanceMark.ExcusedAbsence, clerk, at, _random.ArrayElement(ExcuseReasons));
                }
                else
                {
                    trainingClass.MarkAttendance(enrollment.Id, session.Number, _random.Bool(0.04f) ? AttendanceMark.Late : AttendanceMark.Present, clerk, at);
                }
            }
        }

        return absentees;
    }

    private void Finish(TrainingClass trainingClass, Program program, CenterContext center, HashSet<Guid> absentees, Dataset dataset)
    {
        trainingClass.Complete();
        var end = trainingClass.LastSessionDate!.Value;
        var standings = new AttendanceEngine(AttendancePolicy.For(program)).Evaluate(trainingClass, end).ToDictionary(l => l.EnrollmentId, l => l.Standing);
        var candidates = new List<CertificateCandidate>();
        var kind = program.Code is "NTD" or "DVM" ? AssessmentKind.FinalPaper : AssessmentKind.Test;
        foreach (var enrollment in trainingClass.Enrollments.Where(e => e.IsActive).ToList())
        {
            var standing = standings[enrollment.Id];
            AssessmentResult? result = null;
            if (program.Credential != Credential.None && standing.MeetsThreshold)
            {
                // Most pass, a few fail [assumed]; scores in tenths, mostly khá and giỏi.
                var score = _random.Bool(0.02f) ? _random.Int(25, 49) : Math.Min(100, (int)Math.Round(Gaussian(76, 8)));
                result = AssessmentResult.Record(enrollment.Id, kind, Score.Of(Math.Max(score, 0) / 10m), standing, end);
                dataset.Results.Add((trainingClass, result));
            }

            trainingClass.RecordOutcome(enrollment.Id, result?.IsPassing ?? (program.Credential == Credential.None && standing.MeetsThreshold));
            candidates.Add(new CertificateCandidate(enrollment.Id, enrollment.Learner.FullName, result));
        }

        if (program.Credential == Credential.Certificate && center.Register is { } register)
        {
            register.IssueToClass(candidates, end, _codes);
        }
    }

    // Box–Muller from the scenario's own randomizer, so scores stay on the seed.
    private double Gaussian(double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - _random.Double())) * Math.Cos(2 * Math.PI * _random.Double()));

    private int StochasticRound(double expected)
    {
        var floor = (int)Math.Floor(expected);
        return floor + (_random.Double() < expected - floor ? 1 : 0);
    }
}
