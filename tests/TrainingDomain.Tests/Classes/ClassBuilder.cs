using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Programs;
using TrainingDomain.Tests.Lecturers;
using TrainingDomain.Tests.Programs;

namespace TrainingDomain.Tests.Classes;

// Starts from an NTD class outside the plan but approved, with an opening decision and ten 5-period half-day sessions
// from Monday 05/03/2018 (morning and afternoon) taught by one qualified full-time lecturer; each With* changes one thing.
internal sealed class ClassBuilder
{
    public static readonly LocalDate Start = Learners.ClassStart;
    public static readonly Instant Now = Instant.FromUtc(2018, 3, 5, 1, 0);
    public static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
    public static readonly NominatingOrganization Youth = new("DT-01", NominatingOrganizationKind.MassOrganization, "Đoàn xã Cộng Hòa");

    private int[] _periods = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    private int _capacity = 120;
    private bool _openingDecision = true;
    private bool _approval = true;
    private Guid? _planItem;
    private Program _program = DefaultPrograms.Ntd();
    private readonly Dictionary<int, string> _lecturerBySession = [];
    private int _sessionsPerDay = 2;

    public static ClassBuilder Ntd() => new();

    public static Program NtdWithClassSize(int min, int max, IEnumerable<ProgramTopic>? topics = null)
    {
        var ntd = DefaultPrograms.Ntd();
        return new Program(ntd.Code, ntd.Name, ntd.Audience, ntd.Length, ntd.Credential, new ClassSizeBounds(min, max), ntd.AttendanceThreshold, topics);
    }

    public static Lecturer Lecturer(string id = "GV-001") => LecturerBuilder.FullTime().WithId(id).Build();

    public static LearnerProfile Eligible(int i) => Copy(Learners.OutstandingNonMember(), $"Học viên {i:000}");

    // A Party member cannot attend NTD.
    public static LearnerProfile Ineligible(int i) => Copy(Learners.FullMember(), $"Đảng viên {i:000}");

    public ClassBuilder WithSessions(params int[] periods)
    {
        _periods = periods;
        return this;
    }

    public ClassBuilder WithSessionTaughtBy(int sessionNumber, string lecturerId)
    {
        _lecturerBySession[sessionNumber] = lecturerId;
        return this;
    }

    public ClassBuilder OneSessionPerDay()
    {
        _sessionsPerDay = 1;
        return this;
    }

    public ClassBuilder WithCapacity(int capacity)
    {
        _capacity = capacity;
        return this;
    }

    public ClassBuilder WithoutOpeningDecision()
    {
        _openingDecision = false;
        return this;
    }

    public ClassBuilder InPlan(Guid itemId)
    {
        _planItem = itemId;
        _approval = false;
        return this;
    }

    public ClassBuilder OutsidePlanWithoutApproval()
    {
        _approval = false;
        return this;
    }

    public ClassBuilder WithProgram(Program program)
    {
        _program = program;
        return this;
    }

    public Program Program => _program;

    public TrainingClass Build()
    {
        var trainingClass = new TrainingClass(Guid.NewGuid(), "TT-293", _program.Code, "NTD-03/2018", "Hội trường Trung tâm chính trị Kim Thành", Start, Start.PlusDays(6), _capacity, _planItem);
        for (var k = 0; k < _periods.Length; k++)
        {
            trainingClass.ScheduleSession(ClassSession.ForHalfDay(k + 1, Start.PlusDays(k / _sessionsPerDay), k % _sessionsPerDay == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD-01", _periods[k], _lecturerBySession.GetValueOrDefault(k + 1, "GV-001")));
        }

        if (_openingDecision)
        {
            trainingClass.RecordOpeningDecision(new ClassDecision("45-QĐ/TTCT", Start.PlusDays(-10), "Giám đốc Trần Văn Bình"));
        }

        if (_approval)
        {
            trainingClass.RecordApprovalDecision(new ClassDecision("12-QĐ/HU", Start.PlusDays(-20), "Bí thư Huyện ủy"));
        }

        return trainingClass;
    }

    public TrainingClass Enrolling(int learners = 0)
    {
        var trainingClass = Build();
        trainingClass.Approve();
        trainingClass.StartEnrolment();
        if (learners > 0)
        {
            EnrollAll(trainingClass, Enumerable.Range(1, learners).Select(Eligible), Start.PlusDays(-3));
        }

        return trainingClass;
    }

    public TrainingClass InProgress(int learners = 30)
    {
        // Opens on an eligible verdict with no results: the opening rules are exercised by their own tests, and attendance
        // tests need timetables and class sizes the default rules would refuse.
        var trainingClass = Enrolling(learners);
        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, Start.PlusDays(-1), []));
        return trainingClass;
    }

    public OpeningContext Context(TrainingClass trainingClass, params Lecturer[] lecturers) =>
        new(trainingClass, _program, lecturers.Length == 0 ? [Lecturer()] : lecturers, new LecturerQualification(QualificationPolicy.Default), Start.PlusDays(-1));

    public IReadOnlyList<Enrollment> EnrollAll(TrainingClass trainingClass, IEnumerable<LearnerProfile> learners, LocalDate on, NominatingOrganization? by = null) =>
        trainingClass.ReceiveNominations(new NominationList(by ?? Cell, on, learners), _program)
            .Select(n => trainingClass.Enroll(n.Id, on))
            .ToList();

    private static LearnerProfile Copy(LearnerProfile template, string name) => new(name)
    {
        BirthDate = template.BirthDate,
        Sex = template.Sex,
        Ethnicity = template.Ethnicity,
        Education = template.Education,
        PoliticalTheory = template.PoliticalTheory,
        Party = template.Party,
        LivesInSpecialArea = template.LivesInSpecialArea,
    };
}
