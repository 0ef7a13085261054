using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TrainingDomain.Classes;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Dashboard;

// The attendance-alert tile is kept between requests until the audit trail moves; a mark made after the dashboard
// was read must show on the next read. A fixture of its own: the test writes.
public class DashboardAlertsAfterAChange(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q1 = "/Dashboard?kind=Quarter&year=2018&quarter=1&policy=Calendar";

    [Fact]
    public async Task AnAbsenceMarkedAfterTheDashboardWasReadShowsOnTheNextRead()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var before = await client.GetDocument(Q1);
        before.TextOf("#tile-alerts .label").ShouldBe("Cảnh báo chuyên cần (1 học viên)");
        (await client.GetDocument(Q1)).TextOf("#tile-alerts .value").ShouldBe(before.TextOf("#tile-alerts .value"));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var ntd = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Code == "NTD-01/2018" && c.CenterId == TestData.CityCenter, TestContext.Current.CancellationToken);
            var binh = ntd.Enrollments.Single(e => e.Learner.FullName == "Trần Thị Bình").Id;
            var classes = new ClassUseCases(db, scope.ServiceProvider.GetRequiredService<IClock>());
            foreach (var session in new[] { 3, 4 })
            {
                await classes.MarkAttendanceAsync(ntd.Id, session, [new AttendanceLine(binh, AttendanceMark.UnexcusedAbsence)], "test", cancellationToken: TestContext.Current.CancellationToken);
            }
        }

        // Trần Thị Bình now has two consecutive unexcused absences too.
        (await client.GetDocument(Q1)).TextOf("#tile-alerts .label").ShouldBe("Cảnh báo chuyên cần (2 học viên)");
    }
}
