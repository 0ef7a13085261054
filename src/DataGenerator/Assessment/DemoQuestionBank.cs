using Bogus;
using TrainingDomain.Assessment;

namespace TrainingDomain.DataGenerator.Assessment;

/// <summary>
/// A question bank for the NTD programme (bồi dưỡng nhận thức về Đảng) and its blueprint, so that a demo site and QA
/// have exam sets to approve, draw and print from the first run.
/// </summary>
/// <remarks>
/// <para>
/// The questions are written by hand, not faked: a multiple-choice question whose key is wrong would teach the wrong
/// thing to whoever reads the demo. Their facts are those of the Party's public history and Charter (Điều lệ Đảng)
/// [fact]; the split into five topics (chuyên đề), the difficulties and the marking guides are ours [assumed], since
/// the programme's official syllabus is not in DOMAIN.md.
/// </para>
/// <para>
/// Every topic has two approved multiple-choice questions of each difficulty, so the blueprint (one of each per topic
/// and one essay) can be drawn in more than one way and papers from different seeds differ. Planted on purpose, for
/// the review work an administrator does: two drafts awaiting approval and one retired question whose answer went out
/// of date. Ids come from the seed; the texts do not depend on it.
/// </para>
/// </remarks>
internal static class DemoQuestionBank
{
    /// <summary>The programme the bank is for.</summary>
    public const string ProgramCode = "NTD";

    /// <summary>The topics (code, Vietnamese name) [assumed].</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Topics =
    [
        ("1", "Chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh"),
        ("2", "Lịch sử Đảng Cộng sản Việt Nam"),
        ("3", "Cương lĩnh, đường lối của Đảng"),
        ("4", "Điều lệ Đảng, tổ chức của Đảng"),
        ("5", "Đảng viên và phấn đấu vào Đảng"),
    ];

    private static readonly Mc[] MultipleChoice =
    [
        new("1", Difficulty.Easy, "Nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng Cộng sản Việt Nam là gì?",
            "Chủ nghĩa Mác – Lênin và tư tưởng Hồ Chí Minh", ["Chủ nghĩa Mác – Lênin", "Tư tưởng Hồ Chí Minh", "Đường lối đổi mới của Đảng"]),
        new("1", Difficulty.Easy, "Chủ nghĩa Mác – Lênin gồm ba bộ phận lý luận cơ bản nào?",
            "Triết học, kinh tế chính trị, chủ nghĩa xã hội khoa học", ["Triết học, lịch sử, chính trị học", "Kinh tế học, luật học, xã hội học", "Triết học, đạo đức học, chủ nghĩa xã hội khoa học"]),
        new("1", Difficulty.Medium, "Đảng khẳng định lấy tư tưởng Hồ Chí Minh cùng chủ nghĩa Mác – Lênin làm nền tảng tư tưởng tại Đại hội nào?",
            "Đại hội VII (1991)", ["Đại hội VI (1986)", "Đại hội VIII (1996)", "Đại hội IX (2001)"]),
        new("1", Difficulty.Medium, "Theo Hồ Chí Minh, Đảng Cộng sản Việt Nam ra đời là sản phẩm của sự kết hợp những yếu tố nào?",
            "Chủ nghĩa Mác – Lênin, phong trào công nhân và phong trào yêu nước", ["Chủ nghĩa Mác – Lênin và phong trào công nhân", "Phong trào công nhân và phong trào nông dân", "Phong trào yêu nước và phong trào trí thức"]),
        new("1", Difficulty.Hard, "Tác phẩm nào của Nguyễn Ái Quốc (1927) tập hợp các bài giảng cho lớp huấn luyện cán bộ cách mạng ở Quảng Châu?",
            "Đường Kách mệnh", ["Bản án chế độ thực dân Pháp", "Sửa đổi lối làm việc", "Nhật ký trong tù"]),
        new("1", Difficulty.Hard, "Tác phẩm \"Sửa đổi lối làm việc\" được Chủ tịch Hồ Chí Minh viết năm nào?",
            "1947", ["1945", "1954", "1969"]),

        new("2", Difficulty.Easy, "Đảng Cộng sản Việt Nam được thành lập ngày nào?",
            "03/02/1930", ["19/05/1930", "02/09/1945", "26/03/1931"]),
        new("2", Difficulty.Easy, "Ai là người sáng lập và rèn luyện Đảng Cộng sản Việt Nam?",
            "Nguyễn Ái Quốc – Hồ Chí Minh", ["Trần Phú", "Lê Hồng Phong", "Hà Huy Tập"]),
        new("2", Difficulty.Medium, "Đại hội đại biểu toàn quốc lần thứ mấy của Đảng (năm 1986) khởi xướng đường lối đổi mới toàn diện đất nước?",
            "Đại hội VI", ["Đại hội V", "Đại hội VII", "Đại hội VIII"]),
        new("2", Difficulty.Medium, "Ai là Tổng Bí thư đầu tiên của Đảng?",
            "Trần Phú", ["Lê Hồng Phong", "Hà Huy Tập", "Nguyễn Văn Cừ"]),
        new("2", Difficulty.Hard, "Tại Đại hội nào Đảng đổi tên thành Đảng Lao động Việt Nam?",
            "Đại hội II (1951)", ["Đại hội I (1935)", "Đại hội III (1960)", "Đại hội IV (1976)"]),
        new("2", Difficulty.Hard, "Tại Đại hội nào Đảng lấy lại tên Đảng Cộng sản Việt Nam?",
            "Đại hội IV (1976)", ["Đại hội III (1960)", "Đại hội V (1982)", "Đại hội VI (1986)"]),

        new("3", Difficulty.Easy, "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội được thông qua lần đầu tại Đại hội nào?",
            "Đại hội VII (1991)", ["Đại hội VI (1986)", "Đại hội VIII (1996)", "Đại hội XI (2011)"]),
        new("3", Difficulty.Easy, "Nền kinh tế mà Việt Nam xây dựng trong thời kỳ quá độ lên chủ nghĩa xã hội được Đảng xác định là gì?",
            "Kinh tế thị trường định hướng xã hội chủ nghĩa", ["Kinh tế kế hoạch hóa tập trung", "Kinh tế thị trường tự do", "Kinh tế tự cung, tự cấp"]),
        new("3", Difficulty.Medium, "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011) được thông qua tại Đại hội nào?",
            "Đại hội XI", ["Đại hội IX", "Đại hội X", "Đại hội XII"]),
        new("3", Difficulty.Medium, "Cương lĩnh chính trị đầu tiên của Đảng được thông qua tại hội nghị nào?",
            "Hội nghị thành lập Đảng (đầu năm 1930)", ["Hội nghị Trung ương lần thứ nhất (10/1930)", "Đại hội I (1935)", "Đại hội II (1951)"]),
        new("3", Difficulty.Hard, "Theo Cương lĩnh (bổ sung, phát triển năm 2011), xã hội xã hội chủ nghĩa mà nhân dân ta xây dựng có mấy đặc trưng?",
            "8", ["6", "7", "9"]),
        new("3", Difficulty.Hard, "Đại hội XIII của Đảng xác định mục tiêu đến năm 2045 Việt Nam trở thành nước như thế nào?",
            "Nước phát triển, thu nhập cao", ["Nước công nghiệp theo hướng hiện đại", "Nước đang phát triển, thu nhập trung bình cao", "Nước có thu nhập trung bình thấp"]),

        new("4", Difficulty.Easy, "Nguyên tắc tổ chức cơ bản của Đảng là gì?",
            "Tập trung dân chủ", ["Tự phê bình và phê bình", "Đoàn kết, thống nhất", "Tập thể lãnh đạo, cá nhân phụ trách"]),
        new("4", Difficulty.Easy, "Cơ quan lãnh đạo cao nhất của Đảng là cơ quan nào?",
            "Đại hội đại biểu toàn quốc", ["Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"]),
        new("4", Difficulty.Medium, "Tổ chức cơ sở đảng gồm những loại nào?",
            "Chi bộ cơ sở và đảng bộ cơ sở", ["Chi bộ và tổ đảng", "Đảng bộ cơ sở và đảng bộ bộ phận", "Chi bộ trực thuộc và tổ đảng"]),
        new("4", Difficulty.Medium, "Giữa hai kỳ Đại hội, cơ quan lãnh đạo của Đảng là cơ quan nào?",
            "Ban Chấp hành Trung ương", ["Bộ Chính trị", "Ban Bí thư", "Ủy ban Kiểm tra Trung ương"]),
        new("4", Difficulty.Hard, "Theo Điều lệ Đảng, chi bộ có từ bao nhiêu đảng viên chính thức trở lên thì bầu chi ủy?",
            "9", ["5", "7", "10"]),
        new("4", Difficulty.Hard, "Hệ thống tổ chức của Đảng được lập tương ứng với hệ thống nào?",
            "Hệ thống tổ chức hành chính của Nhà nước", ["Hệ thống ngành nghề", "Hệ thống địa bàn dân cư", "Hệ thống đơn vị sự nghiệp"]),

        new("5", Difficulty.Easy, "Theo Điều lệ Đảng, công dân Việt Nam từ bao nhiêu tuổi có thể được xem xét kết nạp vào Đảng?",
            "Đủ 18 tuổi", ["Đủ 16 tuổi", "Đủ 20 tuổi", "Đủ 21 tuổi"]),
        new("5", Difficulty.Easy, "Thời gian dự bị của đảng viên là bao lâu?",
            "12 tháng", ["6 tháng", "18 tháng", "24 tháng"]),
        new("5", Difficulty.Medium, "Người giới thiệu người vào Đảng phải là đảng viên chính thức và cùng công tác, sinh hoạt với người vào Đảng ít nhất bao lâu?",
            "Một năm", ["Sáu tháng", "Mười tám tháng", "Hai năm"]),
        new("5", Difficulty.Medium, "Đảng viên dự bị có các quyền như đảng viên chính thức, trừ những quyền nào?",
            "Biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng", ["Được thông tin và thảo luận các vấn đề của Đảng", "Phê bình, chất vấn về hoạt động của tổ chức đảng", "Trình bày ý kiến khi tổ chức đảng nhận xét, quyết định công tác"]),
        new("5", Difficulty.Hard, "Tuổi đảng của đảng viên được tính từ khi nào?",
            "Từ ngày ghi trong quyết định kết nạp, trừ thời gian không tham gia sinh hoạt đảng", ["Từ ngày được công nhận đảng viên chính thức", "Từ ngày nộp đơn xin vào Đảng", "Từ ngày nhận thẻ đảng viên"]),
        new("5", Difficulty.Hard, "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng của người vào Đảng do cơ sở nào cấp?",
            "Trung tâm chính trị cấp huyện hoặc tương đương", ["Trường Chính trị tỉnh", "Ban Tổ chức huyện ủy", "Chi bộ nơi người vào Đảng sinh hoạt"]),
    ];

    private static readonly (string Topic, Difficulty Difficulty, string Stem, string Guide)[] Essays =
    [
        ("1", Difficulty.Hard, "Trình bày vai trò của chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh là nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng. Liên hệ bản thân.",
            "Nêu đúng khái niệm và vai trò nền tảng tư tưởng (4 điểm); phân tích được ý nghĩa đối với sự nghiệp đổi mới (3 điểm); liên hệ bản thân cụ thể, thiết thực (3 điểm)."),
        ("3", Difficulty.Hard, "Trình bày các đặc trưng của xã hội xã hội chủ nghĩa mà nhân dân ta xây dựng theo Cương lĩnh (bổ sung, phát triển năm 2011).",
            "Nêu đủ tám đặc trưng (mỗi đặc trưng 1 điểm); phân tích được một đặc trưng gắn với thực tiễn địa phương (2 điểm)."),
        ("4", Difficulty.Medium, "Phân tích nội dung nguyên tắc tập trung dân chủ trong tổ chức và hoạt động của Đảng.",
            "Nêu khái niệm (2 điểm); trình bày đủ các nội dung của nguyên tắc theo Điều lệ Đảng (5 điểm); nêu biểu hiện vi phạm và cách khắc phục (3 điểm)."),
        ("5", Difficulty.Medium, "Nêu tiêu chuẩn đảng viên theo Điều lệ Đảng và phương hướng phấn đấu của bản thân để trở thành đảng viên.",
            "Nêu đúng, đủ tiêu chuẩn đảng viên (5 điểm); phương hướng phấn đấu cụ thể, khả thi, gắn với nhiệm vụ được giao (5 điểm)."),
    ];

    private static readonly Mc[] Drafts =
    [
        new("2", Difficulty.Medium, "Chiến dịch Điện Biên Phủ kết thúc thắng lợi vào ngày nào?",
            "07/05/1954", ["13/03/1954", "20/07/1954", "30/04/1975"]),
        new("5", Difficulty.Easy, "Lễ kết nạp đảng viên được tổ chức ở đâu?",
            "Tại chi bộ nơi người vào Đảng sinh hoạt", ["Tại trung tâm chính trị", "Tại đảng ủy cấp trên", "Tại nơi cư trú của người vào Đảng"]),
    ];

    private static readonly Mc Retired = new("3", Difficulty.Easy, "Đại hội đại biểu toàn quốc lần thứ XII của Đảng được tổ chức vào năm nào?",
        "2016", ["2011", "2015", "2021"]);

    /// <summary>The bank's questions, approved, draft and retired, with ids drawn from the seed.</summary>
    /// <param name="seed">The scenario's seed.</param>
    /// <returns>The questions, in a fixed order.</returns>
    public static IReadOnlyList<Question> Questions(int seed)
    {
        var random = new Randomizer(seed ^ 0x0E8A);
        var questions = new List<Question>();
        foreach (var mc in MultipleChoice)
        {
            var question = mc.Build(random);
            question.Approve();
            questions.Add(question);
        }

        foreach (var (topic, difficulty, stem, guide) in Essays)
        {
            var essay = Question.Essay(NewId(random), ProgramCode, topic, difficulty, stem, guide);
            essay.Approve();
            questions.Add(essay);
        }

        questions.AddRange(Drafts.Select(d => d.Build(random)));
        var retired = Retired.Build(random);
        retired.Approve();
        retired.Retire();
        questions.Add(retired);
        return questions;
    }

    /// <summary>The blueprint: one multiple-choice question per topic and difficulty, and one essay.</summary>
    /// <returns>The blueprint.</returns>
    public static ExamBlueprint Blueprint() => new(
        ProgramCode,
        Topics.SelectMany(t => new[] { Difficulty.Easy, Difficulty.Medium, Difficulty.Hard }.Select(d => new BlueprintCell(t.Code, d, 1))),
        essayCount: 1);

    private static Guid NewId(Randomizer random) => new(random.Bytes(16));

    private sealed record Mc(string Topic, Difficulty Difficulty, string Stem, string Correct, string[] Wrong)
    {
        // The key's place among the options is drawn, so the correct answer is not always A.
        public Question Build(Randomizer random)
        {
            var id = NewId(random);
            var texts = new List<string>(Wrong);
            var at = random.Int(0, texts.Count);
            texts.Insert(at, Correct);
            var keys = new[] { "A", "B", "C", "D" };
            return Question.MultipleChoice(
                id, ProgramCode, Topic, Difficulty, Stem, texts.Select((t, i) => new AnswerOption(keys[i], t)), keys[at]);
        }
    }
}
