using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Api;

/// <summary><c>GET /api/centres</c> and <c>GET /api/classes</c> on the haiduong-2018q1 scenario, against the stored data read directly.</summary>
public class CentresApi(DemoPortalFactory portal) : IClassFixture<DemoPortalFactory>
{
    internal static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    private async Task<T> Read<T>(Func<TrainingDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    [Theory]
    [InlineData("31/03/2018")]
    [InlineData("2018-03-31")]
    public async Task CentresOfADateWithTheirServedUnitsInEitherDateFormat(string asOf)
    {
        var date = new LocalDate(2018, 3, 31);
        var registry = await Read(db => db.LoadRegistryAsync(TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Auditor);

        var centres = await Json(await client.GetAsync("/api/centres?asOf=" + asOf, TestContext.Current.CancellationToken));

        centres.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(registry.CentersOn(date).Select(c => c.Id));
        foreach (var centre in centres.EnumerateArray())
        {
            centre.GetProperty("servedUnits").EnumerateArray().Select(u => u.GetProperty("id").GetString())
                .ShouldBe(registry.UnitsServedBy(centre.GetProperty("id").GetString()!, date).Select(u => u.Id));
        }
    }

    [Fact]
    public async Task ABadDateIsA400NamingTheFieldInVietnamese()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync("/api/centres?asOf=32/13/2018", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errors").GetProperty("asOf")[0].GetString().ShouldBe("Tại ngày: \"32/13/2018\" không phải ngày hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd).");
        (await client.GetAsync("/api/classes?page=0", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/classes?from=01/04/2018&to=01/01/2018", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ClassesAreFilteredAndPagedAsStored()
    {
        var from = new LocalDate(2018, 1, 1);
        var to = new LocalDate(2018, 3, 31);
        var stored = await Read(db => db.TrainingClasses.AsNoTracking().Where(c => c.CenterId == TestData.CityCenter).ToListAsync(TestContext.Current.CancellationToken));
        var expected = stored.Where(c => c.PlannedStart >= from && c.PlannedStart <= to).ToList();
        using var client = await portal.SignedInAs(TestAccounts.Manager288);

        var page = await Json(await client.GetAsync($"/api/classes?centre={TestData.CityCenter}&from=01/01/2018&to=2018-03-31", TestContext.Current.CancellationToken));

        page.GetProperty("total").GetInt32().ShouldBe(expected.Count);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(Math.Min(expected.Count, 50));
        items.ShouldAllBe(i => expected.Any(c => c.Code == i.GetProperty("code").GetString()));
        items.Select(i => i.GetProperty("plannedStart").GetString()).ShouldBeInOrder();
        var first = expected.Single(c => c.Code == items[0].GetProperty("code").GetString());
        items[0].GetProperty("learners").GetInt32().ShouldBe(first.Enrollments.Count(e => e.Status != EnrollmentStatus.WithdrawnBeforeStart));
        var programme = expected.GroupBy(c => c.ProgramCode).OrderByDescending(g => g.Count()).First();
        (await Json(await client.GetAsync($"/api/classes?programme={programme.Key}&from=01/01/2018&to=31/03/2018", TestContext.Current.CancellationToken)))
            .GetProperty("total").GetInt32().ShouldBe(programme.Count());
    }

    [Fact]
    public async Task EveryClassIsOnExactlyOnePage()
    {
        var count = await Read(db => db.TrainingClasses.CountAsync(TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        var ids = new List<string>();
        var first = await Json(await client.GetAsync("/api/classes", TestContext.Current.CancellationToken));
        var pages = first.GetProperty("pageCount").GetInt32();
        for (var p = 1; p <= pages; p++)
        {
            var page = p == 1 ? first : await Json(await client.GetAsync($"/api/classes?page={p}", TestContext.Current.CancellationToken));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        first.GetProperty("total").GetInt32().ShouldBe(count);
        ids.Count.ShouldBe(count);
        ids.Distinct().Count().ShouldBe(count);
    }

    [Fact]
    public async Task CentreStaffGetOnlyTheirCentreAndA403ForAnother()
    {
        var own = await Read(db => db.TrainingClasses.CountAsync(c => c.CenterId == TestData.NamSachCenter, TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAs(TestAccounts.Staff291);

        var page = await Json(await client.GetAsync("/api/classes", TestContext.Current.CancellationToken));
        using var other = await client.GetAsync("/api/classes?centre=" + TestData.CityCenter, TestContext.Current.CancellationToken);
        var centres = await Json(await client.GetAsync("/api/centres?asOf=31/03/2018", TestContext.Current.CancellationToken));

        page.GetProperty("total").GetInt32().ShouldBe(own);
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("centerId").GetString() == TestData.NamSachCenter);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Json(other)).GetProperty("detail").GetString().ShouldBe("Bạn không có quyền truy cập trang này hoặc dữ liệu của trung tâm này.");
        centres.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe([TestData.NamSachCenter]);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheEndpoints()
    {
        using var client = portal.Client();
        var document = await Json(await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/centres", out _).ShouldBeTrue();
        paths.GetProperty("/api/classes").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ShouldBe(["centre", "programme", "from", "to", "page"], ignoreOrder: true);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");
    }
}
