using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages;

public class HomePage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsTodayFromTheInjectedClockInVietnamese()
    {
        var (status, html) = await portal.GetPage("/");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<html lang=\"vi\">");
        html.ShouldContain("Hôm nay là ngày 13/04/2018 (Quý II/2018).");
        html.ShouldContain("Kiểm tra đối tượng");
    }

    [Fact]
    public async Task SpeaksEnglishOnlyWhenAsked()
    {
        var (_, html) = await portal.GetPage("/?culture=en");

        html.ShouldContain("Today is 13/04/2018 (Quý II/2018).");
    }

    [Fact]
    public async Task AnUnknownPageGetsAVietnameseNotFoundPage()
    {
        var (status, html) = await portal.GetPage("/khong-co-trang-nay");

        status.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("Không tìm thấy trang yêu cầu.");
    }
}
