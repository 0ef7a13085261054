using System.Text;
using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Tests.Browser.PageObjects;
using TrainingDomain.UseCases;
using NominationFiles = TrainingDomain.AdminPortal.Tests.Pages.Classes.NominationFiles;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// One NTD class at Nam Sách run in Chromium from plan to a verified certificate, each person signed in on their own
/// browser: the centre officer plans and approves it, builds the timetable (the picker refuses the lecturer whose
/// recognition expired, with the reason), imports 21 nominations (the probationary Party member is shown Ineligible with
/// the reason) and confirms the 20 others, and opens it with every opening rule met; on the first day the lecturer marks
/// her two sessions (one learner absent twice: the alert); at the end of the week the officer marks the other sessions,
/// completes the class, enters the scores and issues the certificates; a visitor checks one on the public page.
/// Screenshots: journey-NN-step.png in <see cref="BrowserSession.ScreenshotFolder"/>.
/// </summary>
public class ClassJourney(ClassJourneySession session) : IClassFixture<ClassJourneySession>
{
    private const string Code = "NTD-05/2018";
    private const string NamSach = TestData.NamSachCenter;
    private const string ProbationaryMember = "Trần Văn Bảo";
    private const string Absentee = "Lê Văn Cường";
    private const string Failing = "Ngô Thị Lan";
    private const string Holder = "Nguyễn Văn An";
    private const int Sessions = 10;

    private static readonly LocalDate FirstDay = new(2018, 5, 14);

    private static readonly string[] Learners =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan",
        "Dương Văn Minh", "Lý Thị Nga", "Trịnh Văn Phúc", "Mai Thị Quỳnh", "Đinh Văn Sơn", "Hồ Thị Tâm", "Phan Văn Thắng", "Tô Thị Uyên", "Cao Văn Vinh", "Lưu Thị Xuân",
    ];

    private readonly Journey _journey = new("journey");

    // Born 1990, male, registered in Hải Dương (030): a CCCD that agrees with the row, different for each learner.
    private static string CitizenIdOf(int k) => $"030090{100001 + k}";

    private static string BirthOf(int k) => $"{1 + k:00}/06/1990";

    [Fact]
    public async Task ACentreRunsAnNtdClassFromPlanToACertificateAVisitorCanVerify()
    {
        try
        {
            var staff = _journey.Watch(await session.NewPage());
            await new LoginPage(staff, session.BaseUrl).SignIn(TestAccounts.Staff291);

            var theClass = await PlanAndApprove(staff);
            await BuildTimetable(await theClass.Timetable());
            await ImportNominations(await theClass.Nominations());
            await OpenTheClass(await theClass.Opening());

            // Monday 14/05/2018, after the afternoon session.
            session.Portal.Clock.Reset(Instant.FromUtc(2018, 5, 14, 10, 0));
            await TheLecturerMarksHerTwoSessions();
            var attendance = await theClass.Attendance();
            await TheOfficerSeesTheAlert(attendance);

            // Friday 18/05/2018, after the last session.
            session.Portal.Clock.Reset(Instant.FromUtc(2018, 5, 18, 10, 0));
            await TheOfficerMarksTheOtherSessions(attendance);
            await EnterResults(await theClass.Results());
            var verifyUrl = await IssueCertificates(await theClass.Certificates());
            await AVisitorVerifiesTheCertificate(verifyUrl);
        }
        catch
        {
            await _journey.KeepFailure();
            throw;
        }

        _journey.ConsoleErrors.ShouldBeEmpty("no script or CSP error in the console");
        await _journey.Note("end of the journey");
    }

    private async Task<ClassPage> PlanAndApprove(IPage staff)
    {
        var plan = await new PlanClassPage(staff).OpenFromClassList(session.BaseUrl);
        await plan.Fill(NamSach, "NTD", Code, "Hội trường Trung tâm Chính trị huyện Nam Sách", "14/05/2018", "18/05/2018", capacity: 30);
        await _journey.Shot(staff, "plan");
        var planned = await plan.Submit(Code);
        await Assertions.Expect(planned.Status).ToHaveTextAsync("Dự kiến");

        await planned.Approve("40-QĐ/HU", "20/04/2018", "Bí thư Huyện ủy Nam Sách");
        await Assertions.Expect(planned.Status).ToHaveTextAsync("Đã phê duyệt");
        await planned.RecordOpeningDecision("41-QĐ/TTCT", "25/04/2018", "Giám đốc Trung tâm");
        await Assertions.Expect(planned.Message).ToHaveTextAsync($"Đã ghi quyết định mở lớp {Code}.");
        await planned.StartEnrolment();
        await Assertions.Expect(planned.Status).ToHaveTextAsync("Đang chiêu sinh");
        await _journey.Shot(staff, "approved-and-enrolling");
        return planned.Here();
    }

    private async Task BuildTimetable(TimetablePage timetable)
    {
        // Session 1 on Monday morning: the picker gives each lecturer's verdict for that programme, topic and date.
        await timetable.FillSession(FirstDay, morning: true, ClassJourneyPortal.Topic, 5);
        await timetable.CheckLecturers();
        const string expiredReason = "đã hết hiệu lực: chỉ có hiệu lực đến hết ngày 30/04/2018, trước ngày giảng 14/05/2018";
        await Assertions.Expect(timetable.Choice(ClassJourneyPortal.ExpiredLecturer)).ToContainTextAsync("Không đủ điều kiện");
        await Assertions.Expect(timetable.Choice(ClassJourneyPortal.ExpiredLecturer)).ToContainTextAsync(expiredReason);
        await Assertions.Expect(timetable.Choice(ClassJourneyPortal.Teacher)).ToContainTextAsync("Đủ điều kiện");

        // Choosing her anyway is refused next to the field, with the reason, and nothing is added.
        await timetable.ChooseLecturer(ClassJourneyPortal.ExpiredLecturer);
        await timetable.Save();
        await Assertions.Expect(timetable.LecturerError).ToContainTextAsync("không đủ điều kiện giảng buổi 1");
        await Assertions.Expect(timetable.LecturerError).ToContainTextAsync(expiredReason);
        await Assertions.Expect(timetable.SessionRows).ToHaveCountAsync(0);
        await _journey.Shot(timetable.Page, "picker-refuses-expired-recognition");

        await timetable.ChooseLecturer(ClassJourneyPortal.Teacher);
        await timetable.Save();
        await Assertions.Expect(timetable.Message).ToHaveTextAsync("Đã thêm buổi 1.");
        for (var k = 1; k < Sessions; k++)
        {
            await timetable.Add(k + 1, FirstDay.PlusDays(k / 2), morning: k % 2 == 0, ClassJourneyPortal.Topic, 5, ClassJourneyPortal.Teacher);
        }

        await Assertions.Expect(timetable.SessionRows).ToHaveCountAsync(Sessions);
        await _journey.Shot(timetable.Page, "timetable");
    }

    private async Task ImportNominations(NominationsPage nominations)
    {
        var lines = new List<string> { NominationFiles.Header };
        lines.AddRange(Learners.Select((name, k) => NominationFiles.Eligible(name, BirthOf(k), CitizenIdOf(k))));
        lines.Add(NominationFiles.Probationary(ProbationaryMember));
        await nominations.Preview("danh-sach-cu-di-hoc.csv", "text/csv", Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

        await Assertions.Expect(nominations.PreviewRows).ToHaveCountAsync(Learners.Length + 1);
        await Assertions.Expect(nominations.EligibleRows).ToHaveCountAsync(Learners.Length);
        var probationary = nominations.RowOf(ProbationaryMember);
        await Assertions.Expect(probationary).ToContainTextAsync("Không đúng đối tượng");
        await Assertions.Expect(probationary).ToContainTextAsync("Không đáp ứng: chưa là đảng viên (hiện là Đảng viên dự bị)");
        await Assertions.Expect(nominations.LearnerRows).ToHaveCountAsync(0);
        await _journey.Shot(nominations.Page, "nomination-preview");

        await nominations.Confirm();
        await Assertions.Expect(nominations.Outcome).ToHaveTextAsync("Đã ghi danh 20 người, 1 người chờ quyết định, 0 dòng không nhập.");
        await Assertions.Expect(nominations.Seats).ToHaveTextAsync("20/30 học viên");
        await Assertions.Expect(nominations.LearnerRows).ToHaveCountAsync(Learners.Length + 1);
        await _journey.Shot(nominations.Page, "nominations-confirmed");
    }

    private async Task OpenTheClass(OpeningPage opening)
    {
        await Assertions.Expect(opening.Outcome).ToHaveTextAsync("Đủ điều kiện mở lớp");
        var rules = TrainingPolicies.Default.Opening.Rules.Count;
        await Assertions.Expect(opening.RuleRows).ToHaveCountAsync(rules);
        await Assertions.Expect(opening.PassingRules).ToHaveCountAsync(rules);
        await _journey.Shot(opening.Page, "opening-rules");

        var opened = await opening.Open();
        await Assertions.Expect(opened.Message).ToHaveTextAsync($"Đã mở lớp {Code}.");
        await Assertions.Expect(opened.Status).ToHaveTextAsync("Đang học");
        await _journey.Shot(opening.Page, "opened");
    }

    private async Task TheLecturerMarksHerTwoSessions()
    {
        var lecturer = _journey.Watch(await session.NewPage());
        // The portal lands a signed-in user on the dashboard, which lecturers may not see: she opens her sessions' page.
        await new LoginPage(lecturer, session.BaseUrl).SignIn(ClassJourneyPortal.TeacherAccount, "/Lecturer/MySessions");
        var mySessions = await new MySessionsPage(lecturer).Loaded();
        await Assertions.Expect(mySessions.RowsOf(Code)).ToHaveCountAsync(Sessions);
        await _journey.Shot(lecturer, "lecturer-sessions");

        foreach (var number in new[] { 1, 2 })
        {
            if (number > 1)
            {
                await mySessions.OpenFromMenu();
            }

            var sheet = await mySessions.TakeAttendance(Code, number);
            await sheet.MarkUnmarkedPresent();
            await sheet.MarkUnexcusedWithTheKeyboard(Absentee);
            await Assertions.Expect(sheet.MarksOf(Holder).GetByLabel("Có mặt")).ToBeCheckedAsync();
            await _journey.Shot(lecturer, $"lecturer-marks-session-{number}");
            await sheet.Save(Learners.Length);
        }

        await lecturer.Context.CloseAsync();
    }

    private async Task TheOfficerSeesTheAlert(AttendancePage attendance)
    {
        await Assertions.Expect(attendance.Alerts).ToHaveCountAsync(1);
        await Assertions.Expect(attendance.Alerts).ToContainTextAsync($"{Absentee}: vắng không lý do 2 buổi liên tiếp");
        await Assertions.Expect(attendance.StandingOf(Absentee)).ToContainTextAsync("Vắng không lý do nhiều buổi liên tiếp");
        await Assertions.Expect(attendance.StandingOf(Absentee)).ToContainTextAsync("0/50");
        await Assertions.Expect(attendance.StandingOf(Holder)).ToContainTextAsync("10/50");
        await _journey.Shot(attendance.Page, "attendance-alert");
    }

    private async Task TheOfficerMarksTheOtherSessions(AttendancePage attendance)
    {
        for (var number = 3; number <= Sessions; number++)
        {
            await attendance.Session(number);
            await attendance.MarkUnmarkedPresent();
            await attendance.Save(Learners.Length);
        }

        await _journey.Note($"sessions 3–{Sessions} marked");

        // Two unexcused absences out of ten sessions: 40 of 50 periods, just on the 80 % threshold.
        await Assertions.Expect(attendance.StandingOf(Absentee)).ToContainTextAsync("40/50");
        await Assertions.Expect(attendance.StandingOf(Holder)).ToContainTextAsync("50/50");
    }

    private async Task EnterResults(ResultsPage results)
    {
        await results.Complete();
        await _journey.Note("class completed");
        for (var k = 0; k < Learners.Length; k++)
        {
            await results.ScoreOf(Learners[k]).FillAsync(Learners[k] == Failing ? "4" : k % 3 == 0 ? "9,5" : "8,5");
        }

        await results.Save(Learners.Length);
        await Assertions.Expect(results.ClassificationOf(Holder)).ToHaveTextAsync("Xuất sắc");
        await Assertions.Expect(results.ClassificationOf(Absentee)).ToHaveTextAsync("Giỏi");
        await Assertions.Expect(results.ClassificationOf(Failing)).ToHaveTextAsync("Không đạt");
        await _journey.Shot(results.Page, "results");
    }

    private async Task<string> IssueCertificates(CertificatesPage certificates)
    {
        await certificates.IssueToEveryoneWhoQualifies();
        await Assertions.Expect(certificates.BatchSummary).ToHaveTextAsync("Đã cấp 19 giấy chứng nhận; 1 học viên chưa đủ điều kiện");
        await Assertions.Expect(certificates.NotIssued).ToHaveCountAsync(1);
        await Assertions.Expect(certificates.NotIssued).ToContainTextAsync(Failing);
        await Assertions.Expect(certificates.Issued).ToHaveCountAsync(Learners.Length - 1);
        await Assertions.Expect(certificates.CertificateOf(Holder)).ToContainTextAsync("18/05/2018");
        await _journey.Shot(certificates.Page, "certificates-issued");

        var print = await certificates.Print(Holder);
        await Assertions.Expect(print.Title).ToHaveTextAsync("GIẤY CHỨNG NHẬN");
        await Assertions.Expect(print.Certificate).ToContainTextAsync(Holder);
        await Assertions.Expect(print.QrCode).ToBeVisibleAsync();
        await _journey.Shot(print.Page, "certificate-print");
        return (await print.VerifyUrl.InnerTextAsync()).Trim();
    }

    private async Task AVisitorVerifiesTheCertificate(string verifyUrl)
    {
        verifyUrl.ShouldContain("/verify/");
        var visitor = _journey.Watch(await session.NewPage());
        var verify = await new VerifyPage(visitor).Goto(verifyUrl);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await Assertions.Expect(verify.Status).ToHaveTextAsync("Giấy chứng nhận này CÒN HIỆU LỰC.");
        await Assertions.Expect(verify.Holder).ToHaveTextAsync(Holder);
        await Assertions.Expect(verify.Programme).ToHaveTextAsync("Bồi dưỡng nhận thức về Đảng");
        await Assertions.Expect(verify.IssuedOn).ToHaveTextAsync("18/05/2018");
        await Assertions.Expect(verify.FactNames).ToHaveTextAsync(["Người được cấp", "Chương trình", "Ngày cấp"]);
        var k = Array.IndexOf(Learners, Holder);
        foreach (var hidden in new[] { CitizenIdOf(k), BirthOf(k), "Chi bộ thôn Đồng Tâm", Code, "9,5" })
        {
            await Assertions.Expect(verify.Main).Not.ToContainTextAsync(hidden);
        }

        await _journey.Shot(visitor, "public-verification");
    }
}
