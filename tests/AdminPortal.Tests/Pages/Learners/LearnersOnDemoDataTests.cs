using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.People;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Pages.Learners;

/// <summary>The learner search on the generated haiduong-2018q1 scenario, against the stored enrolments read directly.</summary>
public class LearnersOnDemoData(DemoPortalFactory portal) : IClassFixture<DemoPortalFactory>
{
    private async Task<List<(string Name, string Organisation)>> EnrolmentsAt(string centre)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var classes = await db.TrainingClasses.AsNoTracking().Where(c => c.CenterId == centre).ToListAsync(TestContext.Current.CancellationToken);
        return classes.SelectMany(c => c.Enrollments).Select(e => (e.Learner.FullName, e.Organization.Name)).ToList();
    }

    [Fact]
    public async Task AFamilyNameFindsEveryEnrolmentOfTheCentreWithItInVietnameseOrder()
    {
        var enrolments = await EnrolmentsAt(TestData.CityCenter);
        // The most common family name at the centre, typed without diacritics.
        var family = enrolments.GroupBy(e => e.Name.Split(' ')[0]).OrderByDescending(g => g.Count()).First().Key;
        var typed = NameSearch.Fold(family);
        var expected = enrolments.Count(e => $" {NameSearch.Fold(e.Name)} {NameSearch.Fold(e.Organisation)} ".Contains($" {typed}", StringComparison.Ordinal));
        using var client = await portal.SignedInAs(TestAccounts.Manager288);

        var first = await client.GetDocument("/Learners?q=" + Uri.EscapeDataString(typed));

        first.TextOf("h2").ShouldBe($"Tìm thấy {Labels.Of(Math.Min(expected, LearnerSearch.MaxMatches))} lượt học viên");
        var names = first.QuerySelectorAll("#learners tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        names.Count.ShouldBe(Math.Min(expected, Paged<object>.Size));
        names.ShouldBe(names.Order(VietnameseNameComparer.Instance).ToList());
        first.QuerySelectorAll("#learners tbody tr td:last-child").Select(c => c.TextContent.Trim()).Distinct().ShouldBe(["Trung tâm Chính trị thành phố Hải Dương"]);
    }

    [Fact]
    public async Task TheProfileOfAnotherCentresLearnerIsRefused()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var enrolments = await EnrolmentsAt(TestData.CityCenter);
        var name = enrolments[0].Name;
        var found = await admin.GetDocument("/Learners?q=" + Uri.EscapeDataString(NameSearch.Fold(name)));
        var row = found.QuerySelectorAll("#learners tbody tr").First(r => r.TextContent.Contains("thành phố Hải Dương"));
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        (await staff.GetAsync("/Learners/Profile?id=" + row.GetAttribute("data-enrollment"), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await admin.GetDocument("/Learners/Profile?id=" + row.GetAttribute("data-enrollment"));
        page.TextOf("#learner-name").ShouldBe(name);
        page.QuerySelectorAll("#learner-classes tbody tr").ShouldNotBeEmpty();
    }
}
