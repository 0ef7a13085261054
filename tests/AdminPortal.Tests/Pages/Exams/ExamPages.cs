using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingDomain.Assessment;
using TrainingDomain.Persistence;
using TrainingDomain.UseCases;

namespace TrainingDomain.AdminPortal.Tests.Pages.Exams;

/// <summary>Shared steps of the exam page tests: a bank written through the library, papers drawn, the trail read.</summary>
public static class ExamPages
{
    public const string Program = "NTD";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A topic code no other test uses, so that tests sharing a portal never draw each other's questions.</summary>
    public static string NewTopic() => "T" + Guid.NewGuid().ToString("N")[..6];

    public static async Task<T> Exams<T>(this PortalFactory portal, Func<ExamUseCases, Task<T>> call)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var exams = new ExamUseCases(scope.ServiceProvider.GetRequiredService<TrainingDbContext>(), scope.ServiceProvider.GetRequiredService<IClock>());
        return await call(exams);
    }

    public static async Task<List<Guid>> ApprovedQuestions(this PortalFactory portal, string topic, Difficulty difficulty, int count, bool approve = true)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var draft = QuestionDraft.MultipleChoice(topic, difficulty, $"Câu hỏi {topic} {difficulty} số {i + 1}?", [new("A", "Đúng"), new("B", "Sai"), new("C", "Không rõ")], "A");
            var id = await portal.Exams(e => e.AddQuestionAsync(Program, draft, "test", Token));
            if (approve)
            {
                await portal.Exams(async e => { await e.ApproveQuestionAsync(id, "test", cancellationToken: Token); return true; });
            }

            ids.Add(id);
        }

        return ids;
    }

    public static Task<BlueprintReport> Blueprint(this PortalFactory portal, string topic, Difficulty difficulty, int count, string program = Program) =>
        portal.Exams(e => e.SaveBlueprintAsync(new ExamBlueprint(program, [new(topic, difficulty, count)]), "test", Token));

    /// <summary>A paper of the centre, drawn from a fresh topic's questions.</summary>
    public static async Task<StoredPaper> Paper(this PortalFactory portal, string centerId, int questions = 3, int variants = 2)
    {
        var topic = NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Easy, questions);
        await portal.Blueprint(topic, Difficulty.Easy, questions);
        return await portal.Exams(e => e.GeneratePaperAsync(new GeneratePaper(centerId, Program, 2018, variants), "test", Token));
    }

    public static async Task<Question> Question(this PortalFactory portal, Guid id) =>
        (await portal.Exams(e => e.FindQuestionAsync(id, Token))).Question;

    public static async Task<int> CountOf<TEntity>(this PortalFactory portal, Func<TrainingDbContext, IQueryable<TEntity>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingDbContext>()).CountAsync(Token);
    }

    public static Task<int> AuditCount(this PortalFactory portal, string action, string entityId) =>
        portal.CountOf(db => db.AuditEntries.Where(a => a.Action == action && a.EntityId == entityId));

    public static Task<int> QuestionsOfTopic(this PortalFactory portal, string topic) =>
        portal.CountOf(db => db.Questions.Where(q => q.TopicCode == topic));

    public static async Task<HttpStatusCode> StatusOf(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Token);
        return response.StatusCode;
    }

    public static string FieldError(this IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public static async Task<HttpResponseMessage> UploadQuestions(this HttpClient client, string fileName, byte[] content, string program = Program)
    {
        var page = await client.GetDocument($"/Exams/Import?program={program}");
        var form = (IHtmlFormElement)page.QuerySelector("form#upload-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            body.Add(new StringContent(input.GetAttribute("value") ?? string.Empty), input.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body, Token);
    }

    public static async Task<IHtmlDocument> PreviewQuestions(this HttpClient client, string fileName, byte[] content)
    {
        using var response = await client.UploadQuestions(fileName, content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await PageClient.Parse(response);
    }

    public static string CellOf(this IHtmlDocument page, int line, string column) =>
        page.TextOf($"#preview-rows tr[data-line='{line}'] td[data-column='{column}']");
}

/// <summary>Question files as a province would send them.</summary>
public static class QuestionFiles
{
    public const string Header = "Chuyên đề,Mức độ,Loại câu hỏi,Nội dung câu hỏi,Phương án A,Phương án B,Phương án C,Phương án D,Phương án E,Phương án F,Đáp án đúng,Hướng dẫn chấm";

    public static string Choice(string topic, string stem, string level = "Dễ", string key = "B") => $"{topic},{level},Trắc nghiệm,{stem},1925,1930,1945,,,,{key},";

    public static string Essay(string topic, string stem, string guide = "Nêu đủ 3 ý") => $"{topic},Khó,Tự luận,{stem},,,,,,,,{guide}";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

    // Windows-1258 stores the base letters (ă, â, ê, ô, ơ, ư, đ) precomposed and the five tones as combining marks.
    public static byte[] CodePage1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var tones = new HashSet<char> { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' };
        var output = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            output.Append(new string(decomposed.Where(c => !tones.Contains(c)).ToArray()).Normalize(NormalizationForm.FormC));
            output.Append(decomposed.Where(tones.Contains).ToArray());
        }

        return Encoding.GetEncoding(1258).GetBytes(output.ToString());
    }
}
