using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>Shared steps of the class page tests: find classes, plan one through the page, post a form of a page.</summary>
public static class ClassPages
{
    public static async Task<Guid> IdOf(this PortalFactory portal, string centerId, string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.TrainingClasses.AsNoTracking().Where(c => c.CenterId == centerId && c.Code == code).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<TrainingClass> ClassOf(this PortalFactory portal, Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
    }

    public static async Task<int> VersionOf(this PortalFactory portal, Guid id)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.TrainingClasses.AsNoTracking().Where(c => c.Id == id).Select(c => EF.Property<int>(c, "Version")).FirstAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A class planned, approved and taking enrolments, through the library's use cases (as the pages would).</summary>
    public static async Task<Guid> EnrollingClass(this PortalFactory portal, string centerId, string code, int capacity = 40, string program = "NTD", LocalDate? start = null)
    {
        var from = start ?? new LocalDate(2018, 5, 14);
        await using var scope = portal.Services.CreateAsyncScope();
        var classes = new ClassUseCases(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), scope.ServiceProvider.GetRequiredService<IClock>());
        var id = await classes.PlanAsync(new PlanClass(centerId, program, code, "Hội trường", from, from.PlusDays(4), capacity), "test");
        await classes.ApproveAsync(id, new ClassDecision("30-QĐ/HU", new LocalDate(2018, 4, 10), "Bí thư"), "test");
        await classes.RecordOpeningDecisionAsync(id, new ClassDecision("31-QĐ/TTCT", new LocalDate(2018, 4, 11), "Giám đốc"), "test");
        await classes.StartEnrolmentAsync(id, "test");
        return id;
    }

    /// <summary>Registers the topic for the lecturer (the seeded part-time lecturers have none), once.</summary>
    public static async Task Teaches(this PortalFactory portal, string lecturerId, string topic)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var lecturer = await db.Lecturers.SingleAsync(l => l.Id == lecturerId, TestContext.Current.CancellationToken);
        if (!lecturer.TeachesTopic(topic))
        {
            lecturer.AddTopic(topic);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Plans a class ad hoc through the Plan page and returns its id.</summary>
    public static async Task<Guid> PlanThroughPage(this PortalFactory portal, HttpClient client, string centerId, string program, string code, string start, string end, int capacity = 40)
    {
        var form = await client.GetDocument("/Classes/Plan");
        using var response = await client.PostForm("/Classes/Plan", form, new()
        {
            ["Data.CenterId"] = centerId,
            ["Data.ProgramCode"] = program,
            ["Data.Code"] = code,
            ["Data.Venue"] = "Hội trường trung tâm",
            ["Data.Start"] = start,
            ["Data.End"] = end,
            ["Data.Capacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, code);
        return await portal.IdOf(centerId, code);
    }

    /// <summary>Posts a form of the page (by its id) with its hidden fields and the given ones.</summary>
    public static async Task<HttpResponseMessage> Submit(this HttpClient client, IHtmlDocument page, string formId, Dictionary<string, string> fields)
    {
        var form = page.QuerySelector($"form#{formId}") as IHtmlFormElement;
        form.ShouldNotBeNull($"the page offers the form {formId}");
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            var name = input.GetAttribute("name");
            if (name is not null && !fields.ContainsKey(name))
            {
                fields[name] = input.GetAttribute("value") ?? string.Empty;
            }
        }

        var action = form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The fields given plus the hidden fields of the page's form (the version it was built from), for a post to one of its buttons' handlers.</summary>
    public static Dictionary<string, string> HiddenOf(this IHtmlDocument page, string formId, Dictionary<string, string> fields)
    {
        var form = page.QuerySelector($"form#{formId}");
        form.ShouldNotBeNull($"the page offers the form {formId}");
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            var name = input.GetAttribute("name");
            if (name is not null && !fields.ContainsKey(name))
            {
                fields[name] = input.GetAttribute("value") ?? string.Empty;
            }
        }

        return fields;
    }

    /// <summary>Follows a redirect to the page it names.</summary>
    public static async Task<IHtmlDocument> Follow(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await client.GetDocument(response.Headers.Location!.OriginalString);
    }
}
