using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Persistence;
using TrainingDomain.People;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

public class TimetablePage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ThePickerShowsEachLecturersVerdictAndRefusesAnExpiredRecognitionNextToTheField()
    {
        await portal.Teaches("GV-288-01", "NTD-01");
        await portal.Teaches("GV-291-01", "NTD-01");
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-TKB1/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var picker = await staff.GetDocument($"/Classes/Timetable/{id}?Data.Number=1&Data.Date=14/05/2018&Data.HalfDay=Morning&Data.Topic=NTD-01&Data.Periods=5");

        var expired = picker.TextOf("#lecturer-choices tr[data-lecturer='GV-291-01']");
        expired.ShouldContain("Không đủ điều kiện");
        expired.ShouldContain("30/04/2018");
        picker.TextOf("#lecturer-choices tr[data-lecturer='GV-288-01']").ShouldContain("Đủ điều kiện");

        using var response = await staff.Submit(picker, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Date"] = "14/05/2018", ["Data.HalfDay"] = "Morning", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "5", ["Data.LecturerId"] = "GV-291-01",
        });
        var refused = await PageClient.Parse(response);

        refused.TextOf("#lecturer-error").ShouldStartWith("Giảng viên Trần Thị Dạy không đủ điều kiện giảng buổi 1:");
        (await portal.ClassOf(id)).Sessions.ShouldBeEmpty();
    }

    [Fact]
    public async Task AQualifiedFreeLecturerIsScheduledAndTheSessionCanBeChanged()
    {
        await portal.Teaches("GV-288-01", "NTD-01");
        await portal.Teaches("GV-291-01", "NTD-01");
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-TKB2/2018", start: new LocalDate(2018, 5, 21));
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Timetable/{id}");

        using var added = await staff.Submit(page, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Date"] = "21/05/2018", ["Data.StartTime"] = "07:30", ["Data.EndTime"] = "11:00", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "4", ["Data.LecturerId"] = "GV-288-01",
        });
        var timetable = await staff.Follow(added);
        timetable.TextOf(".alert-success").ShouldBe("Đã thêm buổi 1.");
        timetable.CellsOf("#sessions tr[data-session='1']").ShouldBe("1|21/05/2018|07:30–11:00|NTD-01|4|Nguyễn Văn Giảng|Sửa|Bỏ buổi");

        var edit = await staff.GetDocument($"/Classes/Timetable/{id}?edit=1");
        using var changed = await staff.Submit(edit, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Editing"] = "true", ["Data.Date"] = "22/05/2018", ["Data.HalfDay"] = "Afternoon", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "5", ["Data.LecturerId"] = "GV-288-01",
        });
        var after = await staff.Follow(changed);

        after.TextOf(".alert-success").ShouldBe("Đã sửa buổi 1.");
        after.QuerySelectorAll("#sessions tbody tr").Length.ShouldBe(1);
        after.CellsOf("#sessions tr[data-session='1']").ShouldStartWith("1|22/05/2018|13:30");
    }

    [Fact]
    public async Task ALecturerBookedInAnotherClassIsShownAsClashingAndRefused()
    {
        await portal.Teaches("GV-288-01", "NTD-01");
        await portal.Teaches("GV-291-01", "NTD-01");
        // NTD-02/2018 at TP Hải Dương has GV-288-01 on 10/04/2018 morning and afternoon.
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-TKB3/2018", start: new LocalDate(2018, 4, 9));
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var picker = await staff.GetDocument($"/Classes/Timetable/{id}?Data.Number=1&Data.Date=10/04/2018&Data.HalfDay=Morning&Data.Topic=NTD-01&Data.Periods=5");

        picker.TextOf("#lecturer-choices tr[data-lecturer='GV-288-01']").ShouldContain("Đã có lịch buổi 1 lớp NTD-02/2018");
        using var response = await staff.Submit(picker, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Date"] = "10/04/2018", ["Data.HalfDay"] = "Morning", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "5", ["Data.LecturerId"] = "GV-288-01",
        });

        (await PageClient.Parse(response)).TextOf("#lecturer-error").ShouldContain("đã có lịch buổi 1 lớp NTD-02/2018");
    }

    [Fact]
    public async Task BadSessionFieldsAreExplainedInVietnamese()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-TKB4/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Timetable/{id}");

        using var response = await staff.Submit(page, "session-form", new()
        {
            ["Data.Number"] = "1", ["Data.Date"] = "14/5/18", ["Data.StartTime"] = "7h30", ["Data.EndTime"] = "", ["Data.Topic"] = "", ["Data.Periods"] = "0",
        });
        var errors = await PageClient.Parse(response);

        errors.TextOf("[data-valmsg-for='Data.Date']").ShouldBe("Ngày: \"14/5/18\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        errors.TextOf("[data-valmsg-for='Data.Topic']").ShouldBe("Vui lòng nhập Chuyên đề.");
        errors.TextOf("[data-valmsg-for='Data.Periods']").ShouldBe("Số tiết phải từ 1 đến 10.");
        errors.TextOf("[data-valmsg-for='Data.LecturerId']").ShouldBe("Vui lòng nhập Giảng viên.");
    }

    [Fact]
    public async Task OtherCentresStaffAndAuditorsCannotChangeTheTimetable()
    {
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-TKB5/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        var page = await auditor.GetDocument($"/Classes/Timetable/{id}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        page.QuerySelector("#session-form").ShouldBeNull();
        (await staff.GetAsync($"/Classes/Timetable/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostAsync($"/Classes/Timetable/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Data.Number"] = "1", ["Data.Date"] = "14/05/2018", ["Data.HalfDay"] = "Morning", ["Data.Topic"] = "NTD-01", ["Data.Periods"] = "5", ["Data.LecturerId"] = "GV-288-01",
        }), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.ClassOf(id)).Sessions.ShouldBeEmpty();
    }
}

public class OpenPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AClassThatFailsARuleShowsEachRuleAndTheOpenButtonDoesNotWork()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-MO1/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Open/{id}");

        page.TextOf("#opening-outcome").ShouldBe("Chưa đủ điều kiện mở lớp");
        page.QuerySelectorAll("#opening-rules tbody tr").Length.ShouldBeGreaterThan(3);
        page.QuerySelectorAll("#opening-rules tbody tr.rule-failed").ShouldNotBeEmpty();
        page.QuerySelector("#open-button")!.HasAttribute("disabled").ShouldBeTrue();

        using var response = await staff.Submit(page, "open-form", []);
        var refused = await PageClient.Parse(response);
        refused.TextOf(".form-errors").ShouldBe("Chưa mở được lớp: còn điều kiện mở lớp chưa đạt.");
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Enrolling);
    }

    [Fact]
    public async Task AClassThatMeetsEveryRuleOpens()
    {
        await portal.Teaches("GV-288-01", "NTD-01");
        await portal.Teaches("GV-291-01", "NTD-01");
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-MO2/2018", capacity: 40, start: new LocalDate(2018, 5, 14));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var classes = new ClassUseCases(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), scope.ServiceProvider.GetRequiredService<IClock>());
            for (var k = 0; k < 10; k++)
            {
                await classes.ScheduleSessionAsync(id, ClassSession.ForHalfDay(k + 1, new LocalDate(2018, 5, 14).PlusDays(k / 2), k % 2 == 0 ? HalfDay.Morning : HalfDay.Afternoon, "NTD-01", 5, "GV-288-01"), "test", null, TestContext.Current.CancellationToken);
            }

            var cell = new NominatingOrganization("CB-01", NominatingOrganizationKind.PartyCell, "Chi bộ thôn Đồng Tâm");
            var nominees = Enumerable.Range(1, 20).Select(k => new LearnerProfile($"Học viên {k:00}")
            {
                BirthDate = new LocalDate(1995, 6, 1), Sex = Sex.Male, Ethnicity = "Kinh", Education = EducationLevel.UpperSecondary,
                PoliticalTheory = PoliticalTheoryLevel.None, Party = PartyStanding.OutstandingNonMember("Chi bộ thôn Đồng Tâm"), LivesInSpecialArea = false,
            });
            await classes.EnrolNominationListAsync(id, new NominationList(cell, new LocalDate(2018, 4, 12), nominees), "test", null, TestContext.Current.CancellationToken);
        }

        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument($"/Classes/Open/{id}");
        page.TextOf("#opening-outcome").ShouldBe("Đủ điều kiện mở lớp", page.TextOf("#opening-rules"));
        page.QuerySelector("#open-button")!.HasAttribute("disabled").ShouldBeFalse();

        using var response = await manager.Submit(page, "open-form", []);
        var opened = await manager.Follow(response);

        opened.TextOf(".alert-success").ShouldBe("Đã mở lớp NTD-MO2/2018.");
        opened.TextOf("#class-status").ShouldBe("Đang học");
    }

    [Fact]
    public async Task StaffOfAnotherCentreCannotOpenTheClass()
    {
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-MO3/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        (await staff.GetAsync($"/Classes/Open/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
