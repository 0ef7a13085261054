using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.AdminPortal.Data;
using TrainingDomain.AdminPortal.Security;
using TrainingDomain.Persistence;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>Finding the test data's classes and a lecturer account linked to the lecturer who teaches them.</summary>
public static class ClassRecordsTestSupport
{
    /// <summary>A lecturer of TP Hải Dương linked to GV-288-01, who teaches every session of the test data.</summary>
    public static readonly DemoAccount Lecturer288 = new("giangvien.288@test.vn", "Giảng viên TP Hải Dương", PortalRoles.Lecturer, TestData.CityCenter, "GV-288-01");

    public static async Task<Guid> ClassId(this PortalFactory portal, string centerId, string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.TrainingClasses.Where(c => c.CenterId == centerId && c.Code == code).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<T> Query<T>(this PortalFactory portal, Func<TrainingDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    public static async Task<HttpClient> SignedInAsLecturer288(this PortalFactory portal)
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByEmailAsync(Lecturer288.Email) is null)
            {
                await FirstRun.CreateAsync(users, Lecturer288, TestAccounts.Password);
            }
        }

        return await portal.SignedInAs(Lecturer288);
    }

    /// <summary>Posts the attendance sheet of a session with the given marks (by learner name), keeping the other rows as shown.</summary>
    public static async Task<HttpResponseMessage> PostSheet(this HttpClient client, Guid classId, int session, Dictionary<string, (string Mark, string? Reason, string? Why)> marks)
    {
        var url = $"/Classes/Attendance/{classId}?session={session}";
        var page = await client.GetDocument(url);
        var fields = new Dictionary<string, string>
        {
            ["Sheet.Session"] = page.QuerySelector("input[name='Sheet.Session']")!.GetAttribute("value")!,
            ["Sheet.Version"] = page.QuerySelector("input[name='Sheet.Version']")!.GetAttribute("value")!,
        };
        var rows = page.QuerySelectorAll("#sheet tbody tr").ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            fields[$"Sheet.Lines[{i}].EnrollmentId"] = rows[i].GetAttribute("data-enrolment")!;
            if (marks.TryGetValue(rows[i].GetAttribute("data-learner")!, out var m))
            {
                fields[$"Sheet.Lines[{i}].Mark"] = m.Mark;
                if (m.Reason is not null)
                {
                    fields[$"Sheet.Lines[{i}].Reason"] = m.Reason;
                }

                if (m.Why is not null)
                {
                    fields[$"Sheet.Lines[{i}].Why"] = m.Why;
                }
            }
        }

        return await client.PostForm(url, page, fields);
    }

    public static string ErrorNextTo(this IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public static async Task<IHtmlDocument> Html(this HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.ShouldBe(expected);
        return await PageClient.Parse(response);
    }
}
