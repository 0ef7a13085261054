using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Persistence;
using TrainingDomain.Programs;
using TrainingDomain.Rules;

namespace TrainingDomain.AdminPortal.Tests;

/// <summary>
/// A small Hải Dương dataset built through the library's own constructors and methods: in Quý I/2018 three classes
/// with 9 learner-turns at TP Hải Dương (288) and Nam Sách (291), so ten centres, Kim Thành among them, opened none;
/// one more class in Quý II; a learner who missed two sessions; two part-time recognitions that expire in May 2018.
/// </summary>
public static class TestData
{
    public const string CityCenter = "TTCT-288";
    public const string NamSachCenter = "TTCT-291";
    public const string KimThanhCenter = "TTCT-293";

    // Quý I/2018 (calendar): NTD-01 at 288 (3 turns), NQ-01 at 288 (5 enrolled, 1 withdrew before the start: 4 turns),
    // NTD-01 at 291 (2 turns).
    public const int Q1Classes = 3;
    public const int Q1LearnerTurns = 9;
    public const int Q1CentresWithClasses = 2;
    public const int Q1CentresWithoutClasses = 10;

    private static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
    private static readonly VerdictOverride Approval = new("Trưởng ban Tuyên giáo", "Cán bộ nguồn được cử đi học", Instant.FromUtc(2018, 1, 5, 2, 0));

    public static void AddTo(TrainingDbContext db)
    {
        var registry = HaiDuongRegistry.Create();
        db.AddRegistry(registry);
        var ntd288 = Opened(CityCenter, "NTD", "NTD-01/2018", new LocalDate(2018, 3, 5), 4, Outstanding, "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        // Lê Văn Cường misses the first two sessions without excuse: two consecutive absences, and 80 % is out of reach.
        var absent = ntd288.Enrollments[2].Id;
        ntd288.MarkAttendance(absent, 1, AttendanceMark.UnexcusedAbsence, "Cán bộ lớp", Instant.FromUtc(2018, 3, 5, 4, 0));
        ntd288.MarkAttendance(absent, 2, AttendanceMark.UnexcusedAbsence, "Cán bộ lớp", Instant.FromUtc(2018, 3, 5, 9, 0));
        var nq288 = Opened(CityCenter, "NQ", "NQ-01/2018", new LocalDate(2018, 2, 12), 2, Member, "Phạm Văn Dũng", "Hoàng Thị Em", "Vũ Văn Phúc", "Đặng Thị Giang", "Bùi Văn Hải");
        var ntd291 = Opened(NamSachCenter, "NTD", "NTD-01/2018", new LocalDate(2018, 3, 20), 2, Outstanding, "Đỗ Thị Hoa", "Ngô Văn Khánh");
        var q2 = Opened(CityCenter, "NTD", "NTD-02/2018", new LocalDate(2018, 4, 10), 2, Outstanding, "Lý Thị Lan", "Trịnh Văn Minh");
        db.TrainingClasses.AddRange(ntd288, nq288, ntd291, q2);

        // Every centre takes lists from the party cell and from its governing committee (coded by its unit's GSO code).
        foreach (var center in registry.Centers)
        {
            db.NominatorListings.Add(new NominatorListing(center.Id, Cell, new LocalDate(2017, 1, 1)));
            var gso = center.Id["TTCT-".Length..];
            db.NominatorListings.Add(new NominatorListing(center.Id, new NominatingOrganization(gso, NominatingOrganizationKind.Agency, center.GoverningCommittee), new LocalDate(2017, 1, 1)));
        }

        var plan = new AnnualClassPlan(Guid.NewGuid(), CityCenter, 2018);
        plan.AddItem("NTD", 1, 2, 100);
        plan.AddItem("NQ", 1, 1, 200);
        plan.Approve("05-QĐ/HU", new LocalDate(2018, 1, 10), "Thường trực Thành ủy");
        db.AnnualClassPlans.Add(plan);

        // TP Hải Dương records its staff; nobody owns the examinations duty.
        var staffing = new CenterStaffing(registry.FindCenter(CityCenter)!);
        staffing.Hire("NV-01", "Trần Văn Bình", StaffPosition.Director, new LocalDate(2018, 1, 1));
        staffing.Hire("NV-02", "Lê Thị Kế", StaffPosition.Accountant, new LocalDate(2018, 1, 1));
        foreach (var duty in DutyCatalog.Default.MandatoryDuties.Where(d => d.Code is not DutyCodes.Examinations and not DutyCodes.Accounting))
        {
            staffing.AssignDuty(duty.Code, "NV-01", DutyRole.Accountable, new LocalDate(2018, 1, 1));
        }

        staffing.AssignDuty(DutyCodes.Accounting, "NV-02", DutyRole.Accountable, new LocalDate(2018, 1, 1));
        db.CenterStaffings.Add(staffing);

        db.Lecturers.Add(PartTime("GV-288-01", "Nguyễn Văn Giảng", CityCenter, new LocalDate(2018, 5, 31)));
        db.Lecturers.Add(PartTime("GV-291-01", "Trần Thị Dạy", NamSachCenter, new LocalDate(2018, 4, 30)));
    }

    private static TrainingClass Opened(string centerId, string program, string code, LocalDate start, int sessions, Func<string, LearnerProfile> learner, params string[] names)
    {
        var trainingClass = new TrainingClass(Guid.NewGuid(), centerId, program, code, "Hội trường trung tâm", start, start.PlusDays(sessions / 2), 60);
        for (var k = 0; k < sessions; k++)
        {
            trainingClass.ScheduleSession(ClassSession.ForHalfDay(k + 1, start.PlusDays(k / 2), k % 2 == 0 ? Lecturers.HalfDay.Morning : Lecturers.HalfDay.Afternoon, program + "-01", 5, "GV-288-01"));
        }

        trainingClass.RecordOpeningDecision(new ClassDecision("01-QĐ/TTCT", start.PlusDays(-10), "Giám đốc trung tâm"));
        trainingClass.Approve(new ClassDecision("02-QĐ/HU", start.PlusDays(-20), "Thường trực Huyện ủy"));
        trainingClass.StartEnrolment();
        var catalog = ProgramCatalog.Default.Get(program);
        trainingClass.ReceiveNominations(new NominationList(Cell, start.PlusDays(-7), names.Select(learner)), catalog);
        foreach (var nomination in trainingClass.Nominations.ToList())
        {
            trainingClass.Enroll(nomination.Id, start.PlusDays(-3), nomination.Verdict.IsAccepted ? null : Approval);
        }

        if (names.Length > 4)
        {
            // The fifth withdraws before the first session: not a learner-turn.
            trainingClass.Withdraw(trainingClass.Enrollments[4].Id, start.PlusDays(-1), "Bận công tác");
        }

        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, start.PlusDays(-1), []));
        return trainingClass;
    }

    private static LearnerProfile Outstanding(string name) => new(name)
    {
        BirthDate = new LocalDate(1995, 6, 1),
        Sex = Sex.Male,
        Ethnicity = "Kinh",
        Education = EducationLevel.UpperSecondary,
        PoliticalTheory = PoliticalTheoryLevel.None,
        Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
        LivesInSpecialArea = false,
    };

    private static LearnerProfile Member(string name) => Outstanding(name) with { Party = PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)) };

    private static Lecturer PartTime(string id, string name, string centerId, LocalDate recognitionEnds)
    {
        var lecturer = new Lecturer(id, name, LecturerKind.PartTime, centerId, EducationLevel.University, PoliticalTheoryLevel.Advanced);
        lecturer.AddRecognition(RecognitionDecision.Create("15-QĐ/HU", "Huyện ủy", new LocalDate(2016, 6, 1), recognitionEnds));
        return lecturer;
    }
}
