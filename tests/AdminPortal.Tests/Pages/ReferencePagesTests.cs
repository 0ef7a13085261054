namespace TrainingDomain.AdminPortal.Tests.Pages;

public class ReferencePages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheCatalogueListsEveryProgrammeWithItsAudienceRules()
    {
        var (_, html) = await portal.GetPage("/Programs");

        foreach (var code in new[] { "NTD", "DVM", "SC", "NVCTD", "CNKT", "NQ", "CTDT", "TC" })
        {
            html.ShouldContain($"id=\"{code}\"");
        }

        html.ShouldContain("50 tiết, 10 buổi, 5 ngày");
        html.ShouldContain("trình độ học vấn từ THCS trở lên");
        html.ShouldContain("Giả định của hệ thống");
    }

    [Fact]
    public async Task TheQuarterContainingMarch14UnderDecree09IsQ1FromMidDecember()
    {
        var (_, html) = await portal.GetPage("/Periods?Date=14/03/2019&Kind=Quarter&Policy=Decree09");

        html.ShouldContain("<h2>Quý I/2019</h2>");
        html.ShouldContain("<dd>15/12/2018</dd>");
        html.ShouldContain("<dd>14/03/2019</dd>");
        html.ShouldContain("<dd>15/03/2019</dd>");
    }

    [Fact]
    public async Task AnImpossibleDateIsRefusedInVietnamese()
    {
        var (_, html) = await portal.GetPage("/Periods?Date=32/01/2019");

        html.ShouldContain("Ngày: \"32/01/2019\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
    }

    [Fact]
    public async Task TwelveCentresServedHaiDuongInTheFirstQuarterOf2018()
    {
        var (_, html) = await portal.GetPage("/Organization?Date=31/03/2018");

        html.ShouldContain("Trung tâm chính trị ngày 31/03/2018 <span class=\"note\">(12)</span>");
        html.ShouldContain("huyện Kim Thành");
        html.ShouldContain("thị xã Chí Linh");
    }

    [Fact]
    public async Task NoDistrictCentreExistsAfterTheReform()
    {
        var (_, html) = await portal.GetPage("/Organization?Date=01/07/2025");

        html.ShouldContain("Không có trung tâm nào trong dữ liệu tại ngày này.");
        html.ShouldNotContain("huyện Kim Thành");
    }
}
