namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>A Nam Sách centre officer runs an NTD class from plan to opening in Chromium (screenshots class-*.png).</summary>
public class ClassJourney(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task CentreStaffPlanBuildTheTimetableImportNominationsAndOpenAnNtdClass()
    {
        var page = await session.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };

        await ClassJourneySteps.OpenedNtdClass(session, page, "class", "NTD-05/2018");

        errors.ShouldBeEmpty("no script or CSP error in the console");
    }
}
