using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Dashboard;

public class EmptyDatabase(EmptyPortalFactory portal) : IClassFixture<EmptyPortalFactory>
{
    [Theory]
    [InlineData("/Dashboard")]
    [InlineData("/Reports?kind=Year&year=2018")]
    [InlineData("/Reports/Print")]
    [InlineData("/Users/Create")]
    public async Task PagesWorkBeforeAnyDataIsStored(string url)
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheDashboardShowsZerosRatherThanInventedFigures()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Dashboard");

        page.TextOf("#tile-classes .value").ShouldBe("0");
        page.TextOf("#tile-no-class .value").ShouldBe("0");
        page.QuerySelectorAll("#centers tbody tr").ShouldBeEmpty();
    }
}
