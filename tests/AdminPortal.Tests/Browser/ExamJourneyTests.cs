using Microsoft.Playwright;
using TrainingDomain.AdminPortal.Tests.Pages.Exams;
using TrainingDomain.Assessment;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>
/// An exam set in a browser: the province admin approves the drafts of a topic from the bank list, saves a blueprint
/// that the approved questions fill, draws a paper with two variants for a centre, prints variant 102 and opens its
/// answer key (which is audited), with a screenshot at each step.
/// </summary>
public class ExamJourney(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task TheAdminApprovesQuestionsDrawsAPaperAndOpensItsPrintViewAndKey()
    {
        var topic = ExamPages.NewTopic();
        await session.Portal.ApprovedQuestions(topic, Difficulty.Medium, 4, approve: false);
        var page = await session.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync($"{session.BaseUrl}/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(TestAccounts.Admin.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToHaveTextAsync("Đăng nhập");

        await page.Locator("#nav-exams").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ngân hàng câu hỏi – NTD");
        await page.GotoAsync($"{session.BaseUrl}/Exams?program=NTD&topic={topic}");
        await BrowserSession.Screenshot(page, "exams-1-bank-drafts");
        for (var k = 0; k < 4; k++)
        {
            await page.Locator("form.approve-form button").First.ClickAsync();
            await Assertions.Expect(page.Locator(".alert-success")).ToHaveTextAsync("Đã duyệt câu hỏi.");
        }

        await Assertions.Expect(page.Locator("#questions td.status")).ToHaveTextAsync(["Đã duyệt", "Đã duyệt", "Đã duyệt", "Đã duyệt"]);
        await BrowserSession.Screenshot(page, "exams-2-bank-approved");

        await page.GotoAsync($"{session.BaseUrl}/Exams/Blueprint?program=NTD");
        foreach (var input in await page.Locator("#cells input[name$='.Topic']").AllAsync())
        {
            await input.FillAsync(string.Empty);
        }

        foreach (var input in await page.Locator("#cells input[name$='.Count']").AllAsync())
        {
            await input.FillAsync(string.Empty);
        }

        await page.Locator("#Rows_0__Topic").FillAsync(topic);
        await page.Locator("#Rows_0__Difficulty").SelectOptionAsync("Medium");
        await page.Locator("#Rows_0__Count").FillAsync("3");
        await page.Locator("#EssayCount").FillAsync("0");
        await page.Locator("#save-blueprint").ClickAsync();
        await Assertions.Expect(page.Locator("#no-shortage")).ToBeVisibleAsync();
        await BrowserSession.Screenshot(page, "exams-3-blueprint");

        await page.GotoAsync($"{session.BaseUrl}/Exams/Papers?program=NTD");
        var seed = await page.Locator("#Data_Seed").InputValueAsync();
        long.Parse(seed, System.Globalization.CultureInfo.InvariantCulture).ShouldBePositive();
        await page.Locator("#Data_CenterId").SelectOptionAsync(TestData.CityCenter);
        await page.Locator("#Data_Variants").FillAsync("2");
        await page.Locator("#generate-paper").ClickAsync();
        await Assertions.Expect(page.Locator("#paper-message")).ToHaveTextAsync($"Đã tạo đề thi: mã đề 101, 102 (hạt giống {seed}).");
        await BrowserSession.Screenshot(page, "exams-4-papers");

        var row = page.Locator("#papers tbody tr").Filter(new() { HasText = seed });
        await row.Locator("a.print-link", new() { HasText = "102" }).ClickAsync();
        await Assertions.Expect(page.Locator("#variant-code")).ToHaveTextAsync("Mã đề 102");
        await Assertions.Expect(page.Locator("#questions li.question")).ToHaveCountAsync(3);
        await BrowserSession.Screenshot(page, "exams-5-print-variant-102");
        await page.GoBackAsync();

        await page.Locator("#papers tbody tr").Filter(new() { HasText = seed }).Locator("a.key-link").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator("#variant-code")).ToHaveTextAsync("Mã đề 102");
        await Assertions.Expect(page.Locator("#answer-key tbody tr")).ToHaveCountAsync(3);
        await BrowserSession.Screenshot(page, "exams-6-answer-key-102");

        (await session.Portal.CountOf(db => db.AuditEntries.Where(a => a.Action == "ExamPaper.KeyRead" && a.Actor == TestAccounts.Admin.Email && a.To == "Mã đề 102"))).ShouldBe(1);
        errors.ShouldBeEmpty();
    }
}
