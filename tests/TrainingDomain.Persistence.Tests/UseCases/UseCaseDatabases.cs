using Microsoft.EntityFrameworkCore;
using NodaTime.Testing;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Organization;
using TrainingDomain.People;
using TrainingDomain.Persistence.Tests.Databases;
using TrainingDomain.Programs;
using TrainingDomain.Rules;
using TrainingDomain.UseCases;
using static TrainingDomain.Persistence.Tests.Databases.SeedData;

namespace TrainingDomain.Persistence.Tests.UseCases;

/// <summary>The registry and two full-time Kim Thành lecturers who teach NTD-01.</summary>
public static class UseCaseSeed
{
    public const string CenterId = HaiDuongRegistry.KimThanhCenterId;
    public const string Lecturer = "gv-uc-01";
    public const string OtherLecturer = "gv-uc-02";

    public static async Task WriteAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        db.AddRegistry(Registry());
        foreach (var (id, name) in new[] { (Lecturer, "Đỗ Thị Lan"), (OtherLecturer, "Hoàng Văn Minh") })
        {
            var lecturer = new Lecturer(id, name, LecturerKind.FullTime, CenterId, EducationLevel.Master, PoliticalTheoryLevel.Advanced, hasPedagogyCertificate: true);
            lecturer.AddTopic("NTD-01");
            db.Lecturers.Add(lecturer);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class SqliteUseCaseDatabase : SqliteTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => UseCaseSeed.WriteAsync(db, cancellationToken);
}

public sealed class PostgresUseCaseDatabase : PostgresTestDatabase
{
    protected override Task SeedAsync(TrainingDbContext db, CancellationToken cancellationToken) => UseCaseSeed.WriteAsync(db, cancellationToken);
}

/// <summary>
/// Drives a class through the use cases, one transaction per step, each in a fresh context as a web request would:
/// an NTD class at Kim Thành in a week of its own (so that classes of different tests never share a lecturer's slot),
/// ten 5-period half-day sessions from Monday, an outside-plan approval and an opening decision.
/// </summary>
public sealed class ClassJourney(TestDatabase database)
{
    public const string Clerk = "canbo.kt@ttct";
    public const string Director = "giamdoc.kt@ttct";

    private static int _week;

    public static readonly NominatingOrganization Cell = new("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");

    public static readonly VerdictOverride Approval = new("Bí thư Huyện ủy Kim Thành", "Cán bộ nguồn được Ban Thường vụ cử đi học", Instant.FromUtc(2018, 1, 20, 3, 0));

    public FakeClock Clock { get; } = new(Instant.FromUtc(2018, 1, 2, 1, 0));

    public LocalDate Start { get; } = new LocalDate(2018, 1, 8).PlusWeeks(Interlocked.Increment(ref _week));

    public string Code { get; } = $"NTD-{Guid.NewGuid().ToString("N")[..6]}/2018";

    public Guid ClassId { get; private set; }

    public static LearnerProfile Eligible(string name) => new(name)
    {
        BirthDate = new LocalDate(1995, 6, 1),
        Sex = Sex.Male,
        Ethnicity = "Kinh",
        Education = EducationLevel.UpperSecondary,
        PoliticalTheory = PoliticalTheoryLevel.None,
        Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"),
        LivesInSpecialArea = false,
    };

    // A Party member cannot attend NTD.
    public static LearnerProfile PartyMember(string name) => Eligible(name) with { Party = PartyStanding.Full(new LocalDate(2010, 5, 19), new LocalDate(2011, 5, 19)) };

    public TrainingDbContext Open() => database.Open();

    public ClassUseCases Classes(TrainingDbContext db) => new(db, Clock);

    public CertificateUseCases Certificates(TrainingDbContext db) => new(db, Clock);

    public void At(LocalDate date, int hour = 8) => Clock.Reset(date.At(new LocalTime(hour, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).ToInstant());

    public async Task<T> Step<T>(Func<ClassUseCases, Task<T>> step)
    {
        await using var db = Open();
        return await step(Classes(db));
    }

    public async Task Step(Func<ClassUseCases, Task> step)
    {
        await using var db = Open();
        await step(Classes(db));
    }

    /// <summary>Planned, approved, decided, enrolling, with a timetable.</summary>
    public async Task<Guid> EnrollingAsync(int capacity = 60)
    {
        At(Start.PlusDays(-30));
        ClassId = await Step(c => c.PlanAsync(new PlanClass(UseCaseSeed.CenterId, "NTD", Code, "Hội trường Trung tâm chính trị Kim Thành", Start, Start.PlusDays(4), capacity), Clerk));
        await Step(c => c.ApproveAsync(ClassId, new ClassDecision("12-QĐ/HU", Start.PlusDays(-25), "Bí thư Huyện ủy"), Director));
        await Step(c => c.RecordOpeningDecisionAsync(ClassId, new ClassDecision("45-QĐ/TTCT", Start.PlusDays(-20), "Giám đốc Trần Văn Bình"), Director));
        await Step(c => c.StartEnrolmentAsync(ClassId, Clerk));
        for (var k = 0; k < 10; k++)
        {
            var session = ClassSession.ForHalfDay(k + 1, Start.PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD-01", 5, UseCaseSeed.Lecturer);
            await Step(c => c.ScheduleSessionAsync(ClassId, session, Clerk));
        }

        return ClassId;
    }

    /// <summary>Enrolling, with <paramref name="learners"/> eligible learners and a Party member enrolled by override.</summary>
    public async Task<NominationListOutcome> EnrolledAsync(int learners = 21, int capacity = 60)
    {
        await EnrollingAsync(capacity);
        At(Start.PlusDays(-7));
        var nominees = Enumerable.Range(1, learners).Select(i => Eligible($"Học viên {i:000}")).Append(PartyMember("Đảng viên Lê Văn Cường")).ToList();
        var outcome = await Step(c => c.EnrolNominationListAsync(ClassId, new NominationList(Cell, Start.PlusDays(-8), nominees), Clerk));
        await Step(c => c.EnrolAsync(ClassId, [new EnrolmentRequest(outcome.Pending.Single().Id, Approval)], Director));
        return outcome;
    }

    /// <summary>
    /// Opened, every session marked (the second learner absent from three sessions, one of them excused), completed,
    /// and the final paper scored (8.5 for everyone, 4.0 for the second learner).
    /// </summary>
    public async Task<TrainingClass> CompletedWithResultsAsync(int learners = 21)
    {
        await EnrolledAsync(learners);
        At(Start.PlusDays(-1));
        (await Step(c => c.OpenAsync(ClassId, Director))).Opened.ShouldBeTrue();
        var enrolments = await EnrolmentsAsync();
        for (var session = 1; session <= 10; session++)
        {
            At(Start.PlusDays((session - 1) / 2), session % 2 == 1 ? 8 : 14);
            var number = session;
            var lines = enrolments.Select(e => new AttendanceLine(e, AttendanceMark.Present)).ToList();
            if (session is 3 or 4 or 5)
            {
                lines[1] = session == 3 ? new AttendanceLine(enrolments[1], AttendanceMark.ExcusedAbsence, "Ốm") : new AttendanceLine(enrolments[1], AttendanceMark.UnexcusedAbsence);
            }

            await Step(c => c.MarkAttendanceAsync(ClassId, number, lines, Clerk));
        }

        At(Start.PlusDays(5));
        await Step(c => c.CompleteAsync(ClassId, Director));
        var scores = enrolments.Select((e, i) => new ScoreLine(e, i == 1 ? 4.0m : 8.5m)).ToList();
        await Step(c => c.RecordResultsAsync(ClassId, Assessment.AssessmentKind.FinalPaper, scores, Clerk));
        await using var db = Open();
        return await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == ClassId, TestContext.Current.CancellationToken);
    }

    public async Task<List<Guid>> EnrolmentsAsync()
    {
        await using var db = Open();
        var trainingClass = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == ClassId, TestContext.Current.CancellationToken);
        return trainingClass.Enrollments.Select(e => e.Id).ToList();
    }
}
