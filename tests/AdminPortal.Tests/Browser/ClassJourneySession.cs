using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// The data the class journey starts from, stored before the browser opens; everything after it goes through the pages.
/// On top of <see cref="TestData"/> (which lists Chi bộ thôn Đồng Tâm, CB-01, among every centre's nominating
/// organisations; the journey's nomination file names it): Nam Sách's part-time lecturer GV-291-01, whose recognition ended on 30/04/2018, now
/// teaches NTD-01 (so the only thing that stops her teaching in May is the expired recognition); a second part-time
/// lecturer, GV-291-02, recognised until 2020, who teaches NTD-01 and signs in as a lecturer.
/// </summary>
public sealed class ClassJourneyPortal : PortalFactory
{
    /// <summary>The lecturer whose recognition expired on 30/04/2018.</summary>
    public const string ExpiredLecturer = "GV-291-01";

    /// <summary>The lecturer who teaches the class.</summary>
    public const string Teacher = "GV-291-02";

    /// <summary>The topic both lecturers teach.</summary>
    public const string Topic = "NTD-01";

    /// <summary>The account of <see cref="Teacher"/>.</summary>
    public static readonly DemoAccount TeacherAccount = new("giangvien.nhung.291@test.vn", "Phạm Thị Nhung", PortalRoles.Lecturer, TestData.NamSachCenter, Teacher);

    /// <summary>The portal's clock (fixed at <see cref="PortalFactory.ReportDay"/> until the journey moves it on).</summary>
    public FakeClock Clock => (FakeClock)Services.GetRequiredService<IClock>();

    protected override async Task AddTrainingDataAsync(TrainingDbContext db)
    {
        await base.AddTrainingDataAsync(db);
        var expired = await db.Lecturers.SingleAsync(l => l.Id == ExpiredLecturer, TestContext.Current.CancellationToken);
        expired.AddTopic(Topic);
        var teacher = new Lecturer(Teacher, TeacherAccount.FullName, LecturerKind.PartTime, TestData.NamSachCenter, EducationLevel.University, PoliticalTheoryLevel.Advanced);
        teacher.AddRecognition(RecognitionDecision.Create("22-QĐ/HU", "Huyện ủy Nam Sách", new LocalDate(2017, 9, 1), new LocalDate(2020, 8, 31)));
        teacher.AddTopic(Topic);
        db.Lecturers.Add(teacher);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var scope = Services.CreateAsyncScope();
        await FirstRun.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), TeacherAccount, TestAccounts.Password);
    }
}

/// <summary>The browser on <see cref="ClassJourneyPortal"/>.</summary>
public sealed class ClassJourneySession() : BrowserSession(new ClassJourneyPortal())
{
    /// <summary>The portal, with its clock.</summary>
    public new ClassJourneyPortal Portal => (ClassJourneyPortal)base.Portal;
}
