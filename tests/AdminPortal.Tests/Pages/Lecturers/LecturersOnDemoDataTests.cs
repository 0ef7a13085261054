using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Pages.Lecturers;

/// <summary>The lecturer pages on the generated haiduong-2018q1 scenario, checked against the stored data read directly.</summary>
public class LecturersOnDemoData(DemoPortalFactory portal) : IClassFixture<DemoPortalFactory>
{
    private static readonly LocalDate Today = new(2018, 4, 13);

    private async Task<T> Read<T>(Func<TrainingDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    [Fact]
    public async Task TheRegisterCountsAndFiltersMatchTheStoredLecturers()
    {
        var lecturers = await Read(db => db.Lecturers.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        var all = await client.GetDocument("/Lecturers");
        all.TextOf("h2").ShouldBe($"{lecturers.Count:#,0} giảng viên".Replace(",", "."));
        var partTime = lecturers.Count(l => l.Kind == LecturerKind.PartTime);
        (await client.GetDocument("/Lecturers?kind=PartTime")).TextOf("h2").ShouldBe($"{partTime} giảng viên");
        var city = lecturers.Where(l => l.HomeCenterId == TestData.CityCenter).Select(l => l.Id).Order().ToList();
        var cityPage = await client.GetDocument("/Lecturers?centre=" + TestData.CityCenter);
        cityPage.QuerySelectorAll("#lecturers tbody tr").Select(r => r.GetAttribute("data-lecturer")!).Order().ShouldBe(city);

        // Part-time lecturers with a recognition whose last day falls in the next 60 days and that was not renewed.
        var expiring = lecturers
            .Where(l => l.Kind == LecturerKind.PartTime && l.Recognitions.Any(r =>
                r.ValidTo >= Today && r.ValidTo <= Today.PlusDays(60) && !l.Recognitions.Any(o => o.ValidTo > r.ValidTo && o.ValidFrom <= r.ValidTo.PlusDays(1))))
            .Select(l => l.Id).Order().ToList();
        var expiringPage = await client.GetDocument("/Lecturers?expiringWithin=60");
        var shown = new List<string>();
        for (var page = 1; ; page++)
        {
            var doc = page == 1 ? expiringPage : await client.GetDocument($"/Lecturers?expiringWithin=60&p={page}");
            shown.AddRange(doc.QuerySelectorAll("#lecturers tbody tr").Select(r => r.GetAttribute("data-lecturer")!));
            if (doc.QuerySelector("a[rel=next]") is null)
            {
                break;
            }
        }

        shown.Order().ShouldBe(expiring);
    }

    [Fact]
    public async Task TheRegisterIsPagedAndSortedByGivenName()
    {
        var count = await Read(db => db.Lecturers.CountAsync(TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Auditor);
        var first = await client.GetDocument("/Lecturers");

        var rows = first.QuerySelectorAll("#lecturers tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        rows.Count.ShouldBe(Math.Min(count, Paged<object>.Size));
        rows.ShouldBe(rows.Order(TrainingDomain.People.VietnameseNameComparer.Instance).ToList());
        if (count > Paged<object>.Size)
        {
            first.TextOf(".pager-status").ShouldBe($"Trang 1/{(count + Paged<object>.Size - 1) / Paged<object>.Size}");
        }
    }

    [Fact]
    public async Task TheTeachingLoadIsTheSessionsOfTheLecturersClasses()
    {
        var classes = await Read(db => db.TrainingClasses.AsNoTracking().Where(c => c.CenterId == TestData.CityCenter).ToListAsync(TestContext.Current.CancellationToken));
        var busiest = classes.Where(c => c.Status != ClassStatus.Cancelled).SelectMany(c => c.Sessions.Select(s => (Class: c, Session: s)))
            .GroupBy(x => x.Session.LecturerId).OrderByDescending(g => g.Count()).First();
        var in2018 = busiest.Where(x => x.Session.Date.Year == 2018).ToList();
        using var client = await portal.SignedInAs(TestAccounts.Manager288);

        var page = await client.GetDocument("/Lecturers/Profile?id=" + busiest.Key);

        page.CellsOf("#teaching-load tr[data-year='2018']").ShouldBe(
            $"2018|{in2018.Select(x => x.Class.Id).Distinct().Count()}|{in2018.Count}|{in2018.Sum(x => x.Session.Periods)}");
    }

    [Fact]
    public async Task TheMatrixHasAVerdictWithReasonsForEveryLecturerAndProgramme()
    {
        var lecturers = await Read(db => db.Lecturers.AsNoTracking().Where(l => l.HomeCenterId == TestData.CityCenter).ToListAsync(TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Lecturers/Matrix?centre=" + TestData.CityCenter + "&asOf=13/04/2018");

        var rows = page.QuerySelectorAll("#qualification-matrix tbody tr").ToList();
        rows.Count.ShouldBe(lecturers.Count);
        var programmes = TrainingDomain.Programs.ProgramCatalog.Default.Programs.Count;
        rows.ShouldAllBe(r => r.QuerySelectorAll("td details li").Length >= programmes);
        // A lecturer teaches the programmes in their topic list: somebody is qualified for something.
        page.QuerySelectorAll("td[data-outcome='qualified']").ShouldNotBeEmpty();
        // A lecturer is never qualified for a programme outside their topics.
        foreach (var lecturer in lecturers)
        {
            var row = rows.Single(r => r.GetAttribute("data-lecturer") == lecturer.Id);
            foreach (var cell in row.QuerySelectorAll("td[data-outcome='qualified']"))
            {
                lecturer.Topics.ShouldContain(cell.GetAttribute("data-program")!);
            }
        }
    }
}
