using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using MiniExcelLibs;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>Nomination files as organisations send them, and the upload steps of the page.</summary>
public static class NominationFiles
{
    public const string Header = "Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Trình độ học vấn,Trình độ lý luận chính trị,Tình trạng đảng viên,Ngày vào Đảng,Mã đơn vị cử";

    public static string Eligible(string name, string birth = "01/06/1995", string id = "") => $"{name},{birth},Nam,Kinh,{id},THPT,Chưa có,Quần chúng ưu tú,,CB-01";

    public static string Probationary(string name) => $"{name},02/03/1990,Nam,Kinh,,THPT,Chưa có,Đảng viên dự bị,03/02/2018,CB-01";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    public static async Task<HttpResponseMessage> Upload(this HttpClient client, IHtmlDocument page, string fileName, byte[] content)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form#upload-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            body.Add(new StringContent(input.GetAttribute("value") ?? string.Empty), input.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body, TestContext.Current.CancellationToken);
    }

    public static async Task<IHtmlDocument> Preview(this HttpClient client, Guid classId, string fileName, byte[] content)
    {
        var page = await client.GetDocument($"/Classes/Nominations/{classId}");
        using var response = await client.Upload(page, fileName, content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageClient.Parse(response);
    }

    public static string CellOf(this IHtmlDocument page, int line, string column) =>
        page.TextOf($"#preview-rows tr[data-line='{line}'] td[data-column='{column}']");

    public static string VerdictOf(this IHtmlDocument page, int line) =>
        page.TextOf($"#preview-rows tr[data-line='{line}'] td.verdict-cell");
}

public class NominationsPreview(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ThePreviewShowsEveryRowsFieldsCellErrorsAndVerdictAndWritesNothing()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT1/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        var page = await staff.Preview(id, "danh-sach.csv", NominationFiles.Utf8(
            NominationFiles.Header,
            NominationFiles.Eligible("Nguyễn Văn An", id: "030095001234"),
            NominationFiles.Probationary("Trần Văn Bảo"),
            NominationFiles.Eligible("Lê Văn Cường", id: "03009500123"),
            "Phạm Thị Dung,31/02/1996,Nữ,Kinh,,THPT,Chưa có,Quần chúng ưu tú,,CB-01",
            "Hoàng Văn Em,01/01/1994,Nam,Kinh,,THPT,Chưa có,Quần chúng ưu tú,,XA-99",
            NominationFiles.Eligible("Nguyễn Văn An", id: "030095001234")));

        page.QuerySelectorAll("#preview-rows tbody tr").Length.ShouldBe(6);
        page.CellOf(2, "Họ và tên").ShouldBe("Nguyễn Văn An");
        page.VerdictOf(2).ShouldBe("Đúng đối tượng");
        page.VerdictOf(3).ShouldStartWith("Không đúng đối tượng");
        page.VerdictOf(3).ShouldContain("đảng viên");
        page.CellOf(4, "Số CCCD").ShouldBe("03009500123Số CCCD phải gồm đúng 12 chữ số; \"03009500123\" có 11 ký tự.");
        page.CellOf(5, "Ngày sinh").ShouldBe("31/02/1996\"31/02/1996\" không phải ngày hợp lệ (dd/MM/yyyy, d/M/yyyy hoặc yyyy-MM-dd).");
        page.CellOf(6, "Mã đơn vị cử").ShouldBe("XA-99Không có đơn vị cử mã \"XA-99\" trong địa bàn của trung tâm.");
        page.CellOf(7, "Họ và tên").ShouldBe("Nguyễn Văn AnTrùng người với dòng 2.");
        page.VerdictOf(7).ShouldBe("Không nhập");
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task DatesAsTextInThreeFormatsAreRead()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT2/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        var page = await staff.Preview(id, "ngay.csv", NominationFiles.Utf8(
            NominationFiles.Header,
            NominationFiles.Eligible("Người Một", birth: "05/06/1995"),
            NominationFiles.Eligible("Người Hai", birth: "5/6/1995"),
            NominationFiles.Eligible("Người Ba", birth: "1995-06-05")));

        page.QuerySelectorAll("#preview-rows tbody tr.row-error").ShouldBeEmpty();
        new[] { 2, 3, 4 }.Select(page.VerdictOf).ShouldAllBe(v => v == "Đúng đối tượng");
        // The preview shows the date it read, the same for the three forms.
        new[] { 2, 3, 4 }.Select(line => page.CellOf(line, "Ngày sinh")).ShouldAllBe(d => d == "05/06/1995");
    }

    [Fact]
    public async Task WindowsCodePage1258AndUtf8WithBomReadTheSameVietnameseNames()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT3/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var text = string.Join("\r\n", NominationFiles.Header, NominationFiles.Eligible("Trần Thị Hường"), NominationFiles.Eligible("Đỗ Văn Quyết"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var legacy = await staff.Preview(id, "cp1258.csv", Encoding.GetEncoding(1258).GetBytes(ForCodePage1258(text)));
        var bom = await staff.Preview(id, "bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        legacy.CellOf(2, "Họ và tên").ShouldBe("Trần Thị Hường");
        legacy.CellOf(3, "Họ và tên").ShouldBe("Đỗ Văn Quyết");
        legacy.VerdictOf(2).ShouldBe("Đúng đối tượng");
        bom.CellOf(2, "Họ và tên").ShouldBe("Trần Thị Hường");
        bom.VerdictOf(3).ShouldBe("Đúng đối tượng");
    }

    [Fact]
    public async Task ACellStartingWithEqualsIsKeptAsTextAndEscapedInTheRefusedRowsFile()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT4/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.Preview(id, "congthuc.csv", NominationFiles.Utf8(
            NominationFiles.Header,
            NominationFiles.Eligible("Nguyễn Văn An"),
            "=HYPERLINK(\"http://x\"),01/06/1995,Nam,Kinh,,THPT,Chưa có,Đảng viên chính thức,,CB-01"));

        page.CellOf(3, "Họ và tên").ShouldBe("=HYPERLINK(\"http://x\")");
        using var download = await staff.Submit(page, "refused-form", []);
        var csv = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.ShouldContain("'=HYPERLINK");
        csv.ShouldNotContain("Nguyễn Văn An");
        csv.ShouldContain("đảng viên");
    }

    [Theory]
    [InlineData("Họ và tên,Ngày sinh,Số CCCD\r\nNguyễn Văn An,01/06/1995,", "Tệp không đúng mẫu: thiếu cột \"Giới tính\", \"Dân tộc\", \"Trình độ học vấn\", \"Trình độ lý luận chính trị\", \"Tình trạng đảng viên\", \"Ngày vào Đảng\", \"Mã đơn vị cử\". Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.")]
    [InlineData("", "Tệp trống: không có dòng nào. Hãy dùng tệp mẫu và điền mỗi người một dòng.")]
    [InlineData("Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Trình độ học vấn,Trình độ lý luận chính trị,Tình trạng đảng viên,Ngày vào Đảng,Mã đơn vị cử\r\n", "Tệp chỉ có dòng tiêu đề, không có người nào được cử.")]
    public async Task AFileThatCannotBeReadIsExplainedForTheWholeFile(string content, string message)
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, $"NTD-F{Math.Abs(message.GetHashCode(StringComparison.Ordinal)) % 10000}/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        var page = await staff.Preview(id, "tep.csv", Encoding.UTF8.GetBytes(content));

        page.TextOf("#upload-error").ShouldBe(message);
        page.QuerySelector("#preview").ShouldBeNull();
    }

    [Fact]
    public async Task AFileThatIsNotCsvOrExcelIsRefused()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT5/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);

        var pdf = await staff.Preview(id, "quyetdinh.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj"));
        var binary = await staff.Preview(id, "anh.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        pdf.TextOf("#upload-error").ShouldBe("Tệp \"quyetdinh.pdf\" không phải tệp CSV (.csv) hoặc Excel (.xlsx). Hãy dùng tệp mẫu.");
        binary.TextOf("#upload-error").ShouldBe("Tệp \"anh.csv\" không phải tệp CSV (.csv) hoặc Excel (.xlsx). Hãy dùng tệp mẫu.");
    }

    [Fact]
    public async Task ATwentyMegabyteFileIsRefusedWithTheLimit()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT6/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var line = Encoding.UTF8.GetBytes(NominationFiles.Eligible("Nguyễn Văn An") + "\r\n");
        var big = new byte[20 * 1024 * 1024];
        for (var at = 0; at + line.Length <= big.Length; at += line.Length)
        {
            line.CopyTo(big, at);
        }

        var page = await staff.Preview(id, "lon.csv", big);

        page.TextOf("#upload-error").ShouldBe("Tệp quá lớn (20,0 MB); giới hạn là 5 MB. Hãy tách danh sách thành nhiều tệp.");
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnExcelFileIsReadLikeTheCsvAndTheTemplatesHaveTheColumns()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XT7/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var csvTemplate = await staff.GetByteArrayAsync($"/Classes/Nominations/{id}?handler=Template&format=csv", TestContext.Current.CancellationToken);
        var excelTemplate = await staff.GetByteArrayAsync($"/Classes/Nominations/{id}?handler=Template&format=xlsx", TestContext.Current.CancellationToken);
        using var sheet = new MemoryStream();
        sheet.SaveAs(new[]
        {
            Row("Nguyễn Văn An", new DateTime(1995, 6, 1, 0, 0, 0, DateTimeKind.Unspecified), "Quần chúng ưu tú"),
            Row("Trần Văn Bảo", "02/03/1990", "Đảng viên dự bị"),
        });

        var page = await staff.Preview(id, "danh-sach.xlsx", sheet.ToArray());

        Encoding.UTF8.GetString(csvTemplate).TrimStart('\uFEFF').Split("\r\n")[0].ShouldBe(NominationFiles.Header);
        MiniExcel.GetColumns(new MemoryStream(excelTemplate), useHeaderRow: true).ShouldBe(NominationFiles.Header.Split(','));
        page.VerdictOf(2).ShouldBe("Đúng đối tượng");
        page.CellOf(2, "Ngày sinh").ShouldBe("01/06/1995");
        page.VerdictOf(3).ShouldStartWith("Không đúng đối tượng");

        static Dictionary<string, object> Row(string name, object birth, string party)
        {
            var cells = new Dictionary<string, object>();
            var values = new object[] { name, birth, "Nam", "Kinh", "", "THPT", "Chưa có", party, "", "CB-01" };
            var columns = NominationFiles.Header.Split(',');
            for (var k = 0; k < columns.Length; k++)
            {
                cells[columns[k]] = values[k];
            }

            return cells;
        }
    }

    // Windows-1258 stores the base letters (ă, â, ê, ô, ơ, ư, đ) precomposed and the five tones as combining marks.
    private static string ForCodePage1258(string text)
    {
        var tones = new HashSet<char> { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' };
        var output = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.Where(tones.Contains).ToList();
            output.Append(new string(decomposed.Where(c => !tones.Contains(c)).ToArray()).Normalize(NormalizationForm.FormC));
            output.Append(tone.ToArray());
        }

        return output.ToString();
    }
}

public class NominationsConfirm(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ConfirmingEnrolsTheEligibleInOneTransactionAndLeavesTheIneligiblePending()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN1/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.Preview(id, "ds.csv", NominationFiles.Utf8(
            NominationFiles.Header, NominationFiles.Eligible("Nguyễn Văn An"), NominationFiles.Eligible("Lê Thị Bích"), NominationFiles.Probationary("Trần Văn Bảo"),
            "Không Ngày,,Nam,Kinh,,THPT,Chưa có,Quần chúng ưu tú,,CB-01"));

        using var response = await staff.Submit(page, "confirm-form", []);
        var after = await staff.Follow(response);
        var saved = await portal.ClassOf(id);

        after.TextOf("#outcome").ShouldBe("Đã ghi danh 2 người, 1 người chờ quyết định, 1 dòng không nhập.");
        saved.Enrollments.Select(e => e.Learner.FullName).ShouldBe(["Nguyễn Văn An", "Lê Thị Bích"]);
        saved.Nominations.Single(n => n.Learner.FullName == "Trần Văn Bảo").Status.ShouldBe(NominationStatus.Pending);
        saved.Nominations.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnOverrideNeedsAnApproverAndAReason()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN2/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.Preview(id, "ds.csv", NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Probationary("Trần Văn Bảo")));

        using var missing = await staff.Submit(page, "confirm-form", new() { ["Overrides[0].Apply"] = "true" });
        var errors = await PageClient.Parse(missing);
        errors.TextOf("[data-valmsg-for='Overrides[0].Approver']").ShouldBe("Vui lòng nhập Người phê duyệt.");
        errors.TextOf("[data-valmsg-for='Overrides[0].Reason']").ShouldBe("Vui lòng nhập Lý do phê duyệt ngoại lệ.");
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();

        using var response = await staff.Submit(errors, "confirm-form", new()
        {
            ["Overrides[0].Apply"] = "true", ["Overrides[0].Approver"] = "Trưởng ban Tuyên giáo Huyện ủy", ["Overrides[0].Reason"] = "Cán bộ nguồn được cử đi học",
        });
        await staff.Follow(response);

        var enrolment = (await portal.ClassOf(id)).Enrollments.Single();
        enrolment.Learner.FullName.ShouldBe("Trần Văn Bảo");
        enrolment.Verdict.Override!.Approver.ShouldBe("Trưởng ban Tuyên giáo Huyện ủy");
    }

    [Fact]
    public async Task AFullClassRefusesTheWholeListWithTheLibrarysReason()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN3/2018", capacity: 1);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.Preview(id, "ds.csv", NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Eligible("Nguyễn Văn An"), NominationFiles.Eligible("Lê Thị Bích")));

        using var response = await staff.Submit(page, "confirm-form", []);
        var refused = await PageClient.Parse(response);

        refused.TextOf(".form-errors").ShouldBe("Lớp NTD-XN3/2018 đã đủ 1 học viên; không thể tiếp nhận thêm Lê Thị Bích.");
        refused.QuerySelector("#preview").ShouldNotBeNull();
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task TwoClientsTakingTheLastSeatAtOnceOneSucceedsAndTheOtherIsToldTheClassChanged()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN4/2018", capacity: 1);
        using var first = await portal.SignedInAs(TestAccounts.Staff291);
        using var second = await portal.SignedInAs(TestAccounts.Staff291);
        var one = await first.Preview(id, "a.csv", NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Eligible("Nguyễn Văn An")));
        var other = await second.Preview(id, "b.csv", NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Eligible("Lê Thị Bích")));

        var responses = await Task.WhenAll(first.Submit(one, "confirm-form", []), second.Submit(other, "confirm-form", []));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        (await PageClient.Parse(loser)).TextOf(".form-errors").ShouldContain("thay đổi");
        (await portal.ClassOf(id)).Enrollments.Count.ShouldBe(1);
        foreach (var r in responses)
        {
            r.Dispose();
        }
    }

    [Fact]
    public async Task OnePersonAddedByHandIsPreviewedThenEnrolled()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN5/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");

        using var preview = await staff.Submit(page, "manual-form", new()
        {
            ["Manual.FullName"] = "Vũ Thị Hạnh", ["Manual.BirthDate"] = "12/12/1992", ["Manual.Sex"] = "Nữ", ["Manual.Ethnicity"] = "Kinh", ["Manual.CitizenId"] = "030192004567",
            ["Manual.Education"] = "Đại học", ["Manual.PoliticalTheory"] = "Chưa có", ["Manual.Party"] = "Quần chúng ưu tú", ["Manual.OrganizationCode"] = "291",
        });
        var shown = await PageClient.Parse(preview);
        shown.VerdictOf(1).ShouldBe("Đúng đối tượng");
        using var confirm = await staff.Submit(shown, "confirm-form", []);
        await staff.Follow(confirm);

        var enrolment = (await portal.ClassOf(id)).Enrollments.Single();
        enrolment.Learner.FullName.ShouldBe("Vũ Thị Hạnh");
        (await portal.ClassOf(id)).Nominations.Single().Organization.Name.ShouldBe("Huyện ủy Nam Sách");
    }

    [Fact]
    public async Task AnEditedPayloadIsRefusedAndNothingIsWritten()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-XN6/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.Preview(id, "ds.csv", NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Probationary("Trần Văn Bảo")));
        var payload = page.QuerySelector("#confirm-form input[name=Payload]")!.GetAttribute("value")!;

        using var response = await staff.Submit(page, "confirm-form", new() { ["Payload"] = payload[..^4] + "AAAA" });

        (await PageClient.Parse(response)).TextOf(".form-errors").ShouldBe("Bản xem trước đã hết hạn hoặc không hợp lệ; vui lòng nhập lại tệp.");
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task OtherCentresStaffAuditorsAndPostsWithoutTheTokenAreRefused()
    {
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-XN7/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await auditor.GetDocument($"/Classes/Nominations/{id}");
        var own = await manager.GetDocument($"/Classes/Nominations/{id}");
        var content = NominationFiles.Utf8(NominationFiles.Header, NominationFiles.Eligible("Nguyễn Văn An"));

        page.QuerySelector("#upload-form").ShouldBeNull();
        (await staff.GetAsync($"/Classes/Nominations/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using (var forged = new MultipartFormDataContent())
        {
            forged.Add(new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
            forged.Add(new ByteArrayContent(content), "Upload", "ds.csv");
            (await auditor.PostAsync($"/Classes/Nominations/{id}?handler=Preview", forged, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var noToken = new MultipartFormDataContent())
        {
            noToken.Add(new ByteArrayContent(content), "Upload", "ds.csv");
            (await manager.PostAsync($"/Classes/Nominations/{id}?handler=Preview", noToken, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        own.QuerySelector("#upload-form").ShouldNotBeNull();
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }
}
