using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Tests.Pages.Classes;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// The steps of running a class in the browser, one method per step, so that later journeys (attendance, results,
/// certificates, verification) start from <see cref="OpenedNtdClass"/> and go on. Each step asserts what the user sees
/// and keeps a screenshot named after the journey.
/// </summary>
public static class ClassJourneySteps
{
    public static readonly string[] Names =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan",
        "Dương Văn Minh", "Lý Thị Nga", "Trịnh Văn Phúc", "Mai Thị Quỳnh", "Đinh Văn Sơn", "Hồ Thị Tâm", "Phan Văn Thắng", "Tô Thị Uyên", "Cao Văn Vinh", "Lưu Thị Xuân",
    ];

    public const string ProbationaryMember = "Trần Văn Bảo";

    public static async Task SignIn(IPage page, string baseUrl, DemoAccount account)
    {
        await page.GotoAsync($"{baseUrl}/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(account.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Plans, approves, records the opening decision and starts enrolment; returns the class page's URL.</summary>
    public static async Task<string> PlanAndApprove(IPage page, string baseUrl, string journey, string code, string start, string end)
    {
        await page.GotoAsync($"{baseUrl}/Classes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lập kế hoạch lớp" }).ClickAsync();
        await page.Locator("[name='Data.CenterId']").SelectOptionAsync(TestData.NamSachCenter);
        await page.Locator("[name='Data.ProgramCode']").SelectOptionAsync("NTD");
        await page.Locator("[name='Data.Code']").FillAsync(code);
        await page.Locator("[name='Data.Venue']").FillAsync("Hội trường Trung tâm Chính trị huyện Nam Sách");
        await page.Locator("[name='Data.Start']").FillAsync(start);
        await page.Locator("[name='Data.End']").FillAsync(end);
        await page.Locator("[name='Data.Capacity']").FillAsync("30");
        await BrowserSession.Screenshot(page, $"{journey}-1-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync($"Đã lập kế hoạch lớp {code}.");

        await Decide(page, "#approve-form", "40-QĐ/HU", "20/04/2018", "Bí thư Huyện ủy Nam Sách");
        await page.Locator("#approve-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#class-status")).ToHaveTextAsync("Đã phê duyệt");
        await Decide(page, "#opening-decision-form", "41-QĐ/TTCT", "25/04/2018", "Giám đốc Trung tâm");
        await page.Locator("#opening-decision-form button").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync($"Đã ghi quyết định mở lớp {code}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu tiếp nhận học viên" }).ClickAsync();
        await Assertions.Expect(page.Locator("#class-status")).ToHaveTextAsync("Đang chiêu sinh");
        await BrowserSession.Screenshot(page, $"{journey}-2-approved");
        return page.Url;
    }

    /// <summary>
    /// Builds ten half-day sessions from <paramref name="first"/>; on the first, the picker shows <paramref name="expired"/>
    /// refused for an expired recognition, the choice is refused next to the field, and <paramref name="lecturer"/> teaches.
    /// </summary>
    public static async Task BuildTimetable(IPage page, string classUrl, string journey, LocalDate first, string expired, string lecturer)
    {
        await page.GotoAsync(classUrl);
        await page.Locator("#link-timetable").ClickAsync();
        await FillSession(page, first, "Morning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra giảng viên cho buổi này" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#lecturer-choices tr[data-lecturer='{expired}']")).ToContainTextAsync("Không đủ điều kiện");
        await Assertions.Expect(page.Locator($"#lecturer-choices tr[data-lecturer='{lecturer}']")).ToContainTextAsync("Đủ điều kiện");
        await page.Locator($"#lecturer-{expired}").CheckAsync();
        await page.Locator("#save-session").ClickAsync();
        await Assertions.Expect(page.Locator("#lecturer-error")).ToContainTextAsync("không đủ điều kiện giảng buổi 1");
        await BrowserSession.Screenshot(page, $"{journey}-3-picker-refuses-expired-recognition");
        await page.Locator($"#lecturer-{lecturer}").CheckAsync();
        await page.Locator("#save-session").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync("Đã thêm buổi 1.");
        for (var k = 1; k < 10; k++)
        {
            await FillSession(page, first.PlusDays(k / 2), k % 2 == 0 ? "Morning" : "Afternoon");
            await page.Locator("[name='Data.LecturerId']").SelectOptionAsync(lecturer);
            await page.Locator("#save-session").ClickAsync();
            await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync($"Đã thêm buổi {k + 1}.");
        }

        await Assertions.Expect(page.Locator("#sessions tbody tr")).ToHaveCountAsync(10);
        await BrowserSession.Screenshot(page, $"{journey}-4-timetable");
    }

    /// <summary>Imports the 20 eligible nominees and the probationary Party member, checks the preview, confirms.</summary>
    public static async Task ImportNominations(IPage page, string classUrl, string journey)
    {
        await page.GotoAsync(classUrl);
        await page.Locator("#link-nominations").ClickAsync();
        var lines = new List<string> { NominationFiles.Header };
        lines.AddRange(Names.Select((name, k) => NominationFiles.Eligible(name, birth: $"{1 + k}/6/1990")));
        lines.Add(NominationFiles.Probationary(ProbationaryMember));
        await page.Locator("input[name=Upload]").SetInputFilesAsync(new FilePayload
        {
            Name = "danh-sach-cu-di-hoc.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines)),
        });
        await page.Locator("#preview-button").ClickAsync();
        var probationary = page.Locator("#preview-rows tr", new() { HasText = ProbationaryMember });
        await Assertions.Expect(probationary.Locator("td.verdict-cell")).ToContainTextAsync("Không đúng đối tượng");
        await Assertions.Expect(probationary.Locator("td.verdict-cell")).ToContainTextAsync("đảng viên");
        await Assertions.Expect(page.Locator("#preview-rows td.verdict-cell", new() { HasTextRegex = new Regex(@"^\s*Đúng đối tượng\s*$") })).ToHaveCountAsync(20);
        await BrowserSession.Screenshot(page, $"{journey}-5-nomination-preview");
        await page.Locator("#confirm").ClickAsync();
        await Assertions.Expect(page.Locator("#outcome")).ToHaveTextAsync("Đã ghi danh 20 người, 1 người chờ quyết định, 0 dòng không nhập.");
        await BrowserSession.Screenshot(page, $"{journey}-6-nominations-confirmed");
    }

    /// <summary>Checks the opening rules and opens the class.</summary>
    public static async Task Open(IPage page, string classUrl, string journey, string code)
    {
        await page.GotoAsync(classUrl);
        await page.Locator("#link-open").ClickAsync();
        await Assertions.Expect(page.Locator("#opening-outcome")).ToHaveTextAsync("Đủ điều kiện mở lớp");
        await BrowserSession.Screenshot(page, $"{journey}-7-opening-rules");
        await page.Locator("#open-button").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync($"Đã mở lớp {code}.");
        await Assertions.Expect(page.Locator("#class-status")).ToHaveTextAsync("Đang học");
        await BrowserSession.Screenshot(page, $"{journey}-8-opened");
    }

    /// <summary>The whole journey up to an opened NTD class at Nam Sách (14–18/05/2018); returns the class page's URL.</summary>
    public static async Task<string> OpenedNtdClass(BrowserSession session, IPage page, string journey, string code)
    {
        await session.Portal.Teaches("GV-288-01", "NTD-01");
        await session.Portal.Teaches("GV-291-01", "NTD-01");
        await SignIn(page, session.BaseUrl, TestAccounts.Staff291);
        var classUrl = await PlanAndApprove(page, session.BaseUrl, journey, code, "14/05/2018", "18/05/2018");
        // GV-291-01's part-time recognition ended on 30/04/2018; GV-288-01's runs to 31/05/2018.
        await BuildTimetable(page, classUrl, journey, new LocalDate(2018, 5, 14), expired: "GV-291-01", lecturer: "GV-288-01");
        await ImportNominations(page, classUrl, journey);
        await Open(page, classUrl, journey, code);
        return classUrl;
    }

    private static async Task Decide(IPage page, string form, string number, string date, string signer)
    {
        await page.Locator($"{form} [name=DecisionNumber]").FillAsync(number);
        await page.Locator($"{form} [name=DecisionDate]").FillAsync(date);
        await page.Locator($"{form} [name=DecisionSigner]").FillAsync(signer);
    }

    private static async Task FillSession(IPage page, LocalDate date, string halfDay)
    {
        await page.Locator("[name='Data.Date']").FillAsync($"{date.Day:00}/{date.Month:00}/{date.Year}");
        await page.Locator("[name='Data.HalfDay']").SelectOptionAsync(halfDay);
        await page.Locator("[name='Data.Topic']").FillAsync("NTD-01");
        await page.Locator("[name='Data.Periods']").FillAsync("5");
    }
}
