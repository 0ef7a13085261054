namespace TrainingDomain.AdminPortal.Tests.Pages;

public class EligibilityCheckPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Learner =
        "/Programs/Check?Data.Submitted=true&Data.ProgramCode=NTD&Data.StartDate=05/03/2018&Data.FullName=Nguyễn Văn An"
        + "&Data.BirthDate=01/06/1995&Data.Ethnicity=Kinh&Data.LivesInSpecialArea=false"
        + "&Data.Party=OutstandingNonMember&Data.NominatedBy=Chi bộ thôn Đồng Tâm";

    [Fact]
    public async Task ALearnerWithoutEducationIsUndeterminedAndTheMissingFactIsNamed()
    {
        var (_, html) = await portal.GetPage(Learner);

        html.ShouldContain("Kết luận: <span class=\"outcome\">Chưa xác định được</span>");
        html.ShouldContain("Thông tin còn thiếu: trình độ học vấn");
        html.ShouldContain("Chưa ghi nhận trình độ học vấn; yêu cầu từ THCS trở lên.");
    }

    [Fact]
    public async Task TheSameLearnerWithThcsIsEligible()
    {
        var (_, html) = await portal.GetPage(Learner + "&Data.Education=LowerSecondary");

        html.ShouldContain("<span class=\"outcome\">Đúng đối tượng</span>");
        html.ShouldContain("Thông tin đã dùng: tổ chức giới thiệu: Chi bộ thôn Đồng Tâm");
        html.ShouldContain("Thông tin đã dùng: ngày sinh: 01/06/1995; tuổi: 22");
    }

    [Fact]
    public async Task ACommunePoliceChiefIsRefusedForScWithTheReason()
    {
        var (_, html) = await portal.GetPage(
            "/Programs/Check?Data.Submitted=true&Data.ProgramCode=SC&Data.StartDate=05/03/2018&Data.FullName=Lê Văn Cường"
            + "&Data.Party=Full&Data.PoliticalTheory=None&Data.Position=CommunePoliceChief&Data.PositionLevel=Commune");

        html.ShouldContain("<span class=\"outcome\">Không đúng đối tượng</span>");
        html.ShouldContain("Trưởng Công an xã và Chỉ huy trưởng Quân sự xã không thuộc đối tượng lớp sơ cấp.");
    }

    [Fact]
    public async Task BadInputIsExplainedFieldByFieldInVietnameseAndNoVerdictIsShown()
    {
        var (_, html) = await portal.GetPage(
            "/Programs/Check?Data.Submitted=true&Data.ProgramCode=NTD&Data.StartDate=31/02/2018&Data.FullName="
            + "&Data.CitizenId=03009000123&Data.Party=OutstandingNonMember");

        html.ShouldContain("field-validation-error\" data-valmsg-for=\"Data.FullName\" data-valmsg-replace=\"true\">Vui lòng nhập Họ và tên.");
        html.ShouldContain("Ngày khai giảng: \"31/02/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        html.ShouldContain("Số CCCD phải gồm đúng 12 chữ số");
        html.ShouldContain("Tổ chức giới thiệu: quần chúng ưu tú phải do một tổ chức giới thiệu");
        html.ShouldNotContain("id=\"verdict\"");
    }

    [Fact]
    public async Task AFirstVisitShowsTheFormWithoutErrors()
    {
        var (_, html) = await portal.GetPage("/Programs/Check?code=DVM");

        html.ShouldNotContain("field-validation-error");
        html.ShouldContain("<option value=\"DVM\" selected=\"selected\">");
        html.ShouldContain("value=\"13/04/2018\"");
    }

    [Fact]
    public async Task ACcccdThatContradictsTheBirthYearIsFlagged()
    {
        var (_, html) = await portal.GetPage(Learner + "&Data.Education=LowerSecondary&Data.CitizenId=030094001234&Data.Sex=Male");

        html.ShouldContain("CCCD không khớp năm sinh (CCCD: 1994, hồ sơ: 1995).");
    }
}
