using System.Net;
using TrainingDomain.Testing;

namespace TrainingDomain.AdminPortal.Tests.Pages.Learners;

/// <summary>What the learner search must do on every database the portal runs on.</summary>
internal static class LearnerSearchChecks
{
    public static IEnumerable<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#learners tbody tr td:first-child").Select(c => c.TextContent.Trim());

    public static async Task IgnoresCaseAndDiacritics(PortalFactory portal)
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        Names(await client.GetDocument("/Learners?q=nguyen+van+an")).ShouldBe(["Nguyễn Văn An"]);
        Names(await client.GetDocument("/Learners?q=NGUYỄN+an")).ShouldBe(["Nguyễn Văn An"]);
        // "đ" is searched as "d", and "Đ" in the stored name matches a plain "d".
        Names(await client.GetDocument("/Learners?q=dang+thi")).ShouldBe(["Đặng Thị Giang"]);
        Names(await client.GetDocument("/Learners?q=do+thi+hoa")).ShouldBe(["Đỗ Thị Hoa"]);
        Names(await client.GetDocument("/Learners?q=%C4%91%E1%BA%B7ng")).ShouldBe(["Đặng Thị Giang"]);
        // By nominating organisation: every learner of the test data came from the same party cell; listed by given name.
        Names(await client.GetDocument("/Learners?q=chi+bo+thon+dong+tam")).ShouldBe(
            ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Thị Em", "Đặng Thị Giang", "Bùi Văn Hải", "Đỗ Thị Hoa", "Ngô Văn Khánh", "Lý Thị Lan", "Trịnh Văn Minh", "Vũ Văn Phúc"]);
        Names(await client.GetDocument("/Learners?q=nguyen+van+binh")).ShouldBeEmpty();
    }
}

public class LearnerSearchOnSqlite(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public Task FindsNamesIgnoringCaseAndDiacritics() => LearnerSearchChecks.IgnoresCaseAndDiacritics(portal);

    [Fact]
    public async Task CentreStaffFindOnlyTheirCentresLearnersAndAreRefusedAnotherCentresProfile()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var an = (await admin.GetDocument("/Learners?q=nguyen+van+an")).QuerySelector("#learners tbody tr")!.GetAttribute("data-enrollment");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        LearnerSearchChecks.Names(await staff.GetDocument("/Learners?q=nguyen+van+an")).ShouldBeEmpty();
        LearnerSearchChecks.Names(await staff.GetDocument("/Learners?q=chi+bo")).ShouldBe(["Đỗ Thị Hoa", "Ngô Văn Khánh"]);
        (await staff.GetAsync("/Learners/Profile?id=" + an, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync("/Learners/Profile?id=" + Guid.NewGuid(), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnOverLongSearchIsExplainedInVietnameseNextToTheField()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument("/Learners?q=" + new string('a', 150));

        page.TextOf("[data-valmsg-for='Q']").ShouldBe("Từ khóa tìm kiếm: tối đa 100 ký tự (đã nhập 150 ký tự).");
        page.QuerySelector("#learners").ShouldBeNull();
    }

    [Fact]
    public async Task TheProfileListsTheLearnersClassesWithTheirOutcome()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var found = await client.GetDocument("/Learners?q=vu+van+phuc");
        var id = found.QuerySelector("#learners tbody tr")!.GetAttribute("data-enrollment");

        var page = await client.GetDocument("/Learners/Profile?id=" + id);

        page.TextOf("#learner-name").ShouldBe("Vũ Văn Phúc");
        page.QuerySelectorAll("#learner-classes tbody tr").Count.ShouldBe(1);
        page.CellsOf("#learner-classes tbody tr").ShouldStartWith("NQ-01/2018|NQ|Trung tâm Chính trị thành phố Hải Dương|");
    }
}

public class LearnerSearchOnPostgres(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task FindsNamesIgnoringCaseAndDiacritics()
    {
        database.EnsureAvailable();
        await using var portal = new PostgresPortalFactory(database.ConnectionString);
        await portal.InitializeAsync();

        await LearnerSearchChecks.IgnoresCaseAndDiacritics(portal);
    }
}
