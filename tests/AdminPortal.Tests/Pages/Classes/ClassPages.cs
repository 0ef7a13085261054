using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;

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

    /// <summary>Follows a redirect to the page it names.</summary>
    public static async Task<IHtmlDocument> Follow(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await client.GetDocument(response.Headers.Location!.OriginalString);
    }
}
