using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Audit;
using EGov.Platform.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Interviews;

/// <summary>在线访谈 over HTTP: schedule, announce, go live, questions answered onto the record (API and event stream), the archive.</summary>
public abstract class InterviewTests(PlatformFactory platform)
{
    private const string Editor = "scjg.bianji";
    private const string Citizen = "shimin";

    [Fact]
    public async Task A_question_answered_by_a_guest_appears_in_the_api_and_in_the_event_stream()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await editor.ScheduleAsync();
        await editor.StageAsync(id, "announce");
        var citizen = await InterviewClient.SignInAsync(platform, Citizen, $"/interaction/interviews/{id}");
        var asked = await citizen.OkAsync($"{InterviewClient.Public}/{id}/questions", new { askerName = "东山居民", text = "学校门口的小摊谁来管？" }, HttpStatusCode.Created);
        Assert.Equal("问题已提交，经主持人选择后回答。", asked.GetProperty("message").GetString());
        await editor.StageAsync(id, "start");

        var console = await editor.GetJsonAsync($"{InterviewClient.Office}/{id}");
        var question = console.GetProperty("pendingQuestions").EnumerateArray().Single();
        Assert.Equal("东山居民", question.GetProperty("askerName").GetString());
        var answered = await editor.OkAsync(
            $"{InterviewClient.Office}/{id}/questions/{question.GetProperty("id").GetGuid()}/answer", new { speaker = "王强", text = "由市场监管部门会同城管部门管理。" });

        Assert.Equal(1, answered.GetProperty("sequence").GetInt32());
        var posts = (await citizen.GetJsonAsync($"{InterviewClient.Public}/{id}/posts?after=0")).GetProperty("posts").EnumerateArray().ToList();
        var post = Assert.Single(posts);
        Assert.Equal("王强（区市场监督管理局局长）", post.GetProperty("speaker").GetString());
        Assert.Equal("学校门口的小摊谁来管？", post.GetProperty("question").GetString());
        var streamed = await ReadEventAsync(citizen.Http, $"/interaction/interviews/{id}/events?after=0");
        Assert.Equal("1", streamed.Id);
        Assert.Equal("由市场监管部门会同城管部门管理。", streamed.Data.GetProperty("text").GetString());
        Assert.Equal("东山居民", streamed.Data.GetProperty("askerName").GetString());
        Assert.Empty((await editor.GetJsonAsync($"{InterviewClient.Office}/{id}")).GetProperty("pendingQuestions").EnumerateArray());
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<AuditEntry>().AnyAsync(a => a.Action == "interaction.interview.question_answered" && a.ObjectId == id.ToString()));
    }

    [Fact]
    public async Task The_event_stream_sends_only_posts_after_the_last_event_id()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await LiveAsync(editor);
        await editor.OkAsync($"{InterviewClient.Office}/{id}/posts", new { speaker = "主持人", text = "欢迎各位网友。" });
        await editor.OkAsync($"{InterviewClient.Office}/{id}/posts", new { speaker = "李娜", text = "大家好。" });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/interaction/interviews/{id}/events");
        request.Headers.Add("Last-Event-ID", "1");

        var streamed = await ReadEventAsync(editor.Http, request);

        Assert.Equal("2", streamed.Id);
        Assert.Equal("李娜（食品安全科科长）", streamed.Data.GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task An_ended_interview_is_archived_and_refuses_questions_posts_and_edits()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await LiveAsync(editor);
        await editor.OkAsync($"{InterviewClient.Office}/{id}/posts", new { speaker = "主持人", text = "本期访谈开始。" });
        await editor.StageAsync(id, "end");
        var citizen = await InterviewClient.SignInAsync(platform, Citizen, "/interaction/interviews");

        var question = await citizen.PostAsync($"{InterviewClient.Public}/{id}/questions", new { text = "还能提问吗？" });
        var post = await editor.PostAsync($"{InterviewClient.Office}/{id}/posts", new { speaker = "主持人", text = "补充一句。" });
        var edit = await editor.SendAsync(HttpMethod.Put, $"{InterviewClient.Office}/{id}", new { title = "改标题" });

        foreach (var refused in new[] { question, post, edit })
        {
            var problem = await InterviewClient.JsonAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal("interaction.interview_archived", problem.GetProperty("code").GetString());
        }

        var detail = await citizen.GetJsonAsync($"{InterviewClient.Public}/{id}");
        Assert.Equal("Ended", detail.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("archivedAt").ValueKind);
        Assert.Single(detail.GetProperty("posts").EnumerateArray());
        var transcript = await citizen.Http.GetAsync($"/interaction/interviews/{id}/transcript.txt");
        Assert.Equal("text/plain", transcript.Content.Headers.ContentType!.MediaType);
        Assert.Contains("主持人：本期访谈开始。", await transcript.Content.ReadAsStringAsync());
        var pdf = await citizen.Http.GetAsync($"/interaction/interviews/{id}/transcript.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", await pdf.Content.ReadAsStringAsync());
        Assert.Contains("文字实录", await (await citizen.Http.GetAsync($"/interaction/interviews/{id}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_citizen_asks_on_the_page_and_the_host_sees_the_sensitive_words_marked()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await editor.ScheduleAsync();
        await editor.StageAsync(id, "announce");
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            db.Add(new EGov.Interaction.Domain.Moderation.SensitiveWord { Word = "测试违禁词甲" });
            await db.SaveChangesAsync();
        }

        var citizen = await InterviewClient.SignInAsync(platform, Citizen, "/interaction/interviews");
        var posted = await citizen.Browser.PostFormAsync($"/interaction/interviews/{id}", new Dictionary<string, string> { ["AskerName"] = "", ["Text"] = "有人在学校门口测试违禁词甲怎么办？" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await (await citizen.Browser.GetAsync($"/interaction/interviews/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("问题已提交，经主持人选择后回答", page);
        Assert.DoesNotContain("测试违禁词甲", page);

        var console = await (await editor.Http.GetAsync($"/office/interaction/interviews/{id}/console")).Content.ReadAsStringAsync();
        await using (var scope = platform.Scope())
        {
            await PlatformFactory.Db(scope).Set<EGov.Interaction.Domain.Moderation.SensitiveWord>().Where(w => w.Word == "测试违禁词甲").ExecuteDeleteAsync();
        }

        Assert.Contains("<mark>测试违禁词甲</mark>", console);
        Assert.Contains("网友", console);
    }

    [Fact]
    public async Task An_anonymous_asker_must_answer_the_captcha()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await editor.ScheduleAsync();
        await editor.StageAsync(id, "announce");
        var page = await InterviewClient.SignInAsync(platform, null, $"/interaction/interviews/{id}");
        Assert.Contains("Proof.CaptchaAnswer", await (await page.Http.GetAsync($"/interaction/interviews/{id}")).Content.ReadAsStringAsync());
        var anonymous = platform.CreateClient();

        var wrong = await anonymous.PostAsJsonAsync($"{InterviewClient.Public}/{id}/questions", new { text = "医保怎么交？", captchaId = await CaptchaAsync("ABCDE"), captchaAnswer = "XXXXX" });
        var right = await anonymous.PostAsJsonAsync($"{InterviewClient.Public}/{id}/questions", new { text = "医保怎么交？", captchaId = await CaptchaAsync("ABCDE"), captchaAnswer = "abcde" });

        Assert.Equal("verification.captcha_wrong", (await InterviewClient.JsonAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("code").GetString());
        var created = await InterviewClient.JsonAsync(right, HttpStatusCode.Created);
        await using var scope = platform.Scope();
        var question = await PlatformFactory.Db(scope).Set<InterviewQuestion>().SingleAsync(q => q.Id == created.GetProperty("id").GetGuid());
        Assert.Null(question.AccountId);
        Assert.Equal("网友", question.AskerName);
    }

    [Fact]
    public async Task Two_moderators_posting_at_once_get_distinct_increasing_sequences()
    {
        var first = await InterviewClient.SignInAsync(platform, Editor);
        var second = await InterviewClient.SignInAsync(platform, Editor);
        var id = await LiveAsync(first);

        var responses = await Task.WhenAll(Enumerable.Range(1, 12).Select(n =>
            (n % 2 == 0 ? first : second).OkAsync($"{InterviewClient.Office}/{id}/posts", new { speaker = "主持人", text = $"第{n}条" })));

        Assert.Equal(Enumerable.Range(1, 12), responses.Select(r => r.GetProperty("sequence").GetInt32()).Order());
        var posts = (await first.GetJsonAsync($"{InterviewClient.Public}/{id}/posts")).GetProperty("posts").EnumerateArray();
        Assert.Equal(Enumerable.Range(1, 12), posts.Select(p => p.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task The_end_must_come_after_the_start_and_a_stale_version_is_refused()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var starts = DateTimeOffset.UtcNow.AddDays(1);
        var invalid = await editor.PostAsync(InterviewClient.Office, new { title = "访谈", subject = "主题", guests = "王强 局长", startsAt = starts, endsAt = starts.AddMinutes(-10) });
        var problem = await InterviewClient.JsonAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal("结束时间应晚于开始时间。", problem.GetProperty("errors").GetProperty("EndsAt")[0].GetString());

        var id = await editor.ScheduleAsync();
        var version = (await editor.GetJsonAsync($"{InterviewClient.Office}/{id}")).GetProperty("interview").GetProperty("version").GetUInt32();
        await editor.StageAsync(id, "announce");
        var stale = await editor.PostAsync($"{InterviewClient.Office}/{id}/start", new { version });
        Assert.Equal("interaction.interview_changed", (await InterviewClient.JsonAsync(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Drafts_are_not_public_and_only_editors_in_scope_reach_an_interview()
    {
        var editor = await InterviewClient.SignInAsync(platform, Editor);
        var id = await editor.ScheduleAsync();
        var anonymous = await InterviewClient.SignInAsync(platform, null, "/interaction/interviews");
        var citizen = await InterviewClient.SignInAsync(platform, Citizen, "/interaction/interviews");
        var otherDepartment = await InterviewClient.SignInAsync(platform, "bgs.bianji");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"{InterviewClient.Public}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/interaction/interviews/{id}")).StatusCode);
        Assert.DoesNotContain((await anonymous.GetJsonAsync(InterviewClient.Public)).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Contains((await anonymous.Http.GetAsync(InterviewClient.Office)).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsync($"{InterviewClient.Office}/{id}/announce", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDepartment.PostAsync($"{InterviewClient.Office}/{id}/announce", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDepartment.Http.GetAsync($"/office/interaction/interviews/{id}/console")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync($"/office/interaction/interviews/{id}/console")).StatusCode);
    }

    [Fact]
    public async Task The_demo_has_an_announced_interview_with_questions_and_an_ended_one_with_its_transcript()
    {
        var office = await InterviewClient.SignInAsync(platform, "bgs.bianji");
        var list = (await office.GetJsonAsync(InterviewClient.Public)).EnumerateArray().ToList();
        var upcoming = list.Single(i => i.GetProperty("title").GetString() == "区医保局局长谈2027年城乡居民医保参保缴费");
        var ended = list.Single(i => i.GetProperty("title").GetString() == "区教育局谈2026年秋季学期义务教育招生入学");

        Assert.Equal("Announced", upcoming.GetProperty("state").GetString());
        var console = await office.GetJsonAsync($"{InterviewClient.Office}/{upcoming.GetProperty("id").GetGuid()}");
        Assert.Equal(3, console.GetProperty("pendingQuestions").GetArrayLength());
        var record = await office.GetJsonAsync($"{InterviewClient.Public}/{ended.GetProperty("id").GetGuid()}");
        Assert.Equal(10, record.GetProperty("posts").GetArrayLength());
        var console2 = await office.Http.GetAsync($"/office/interaction/interviews/{upcoming.GetProperty("id").GetGuid()}/console");
        Assert.Contains("错过集中缴费期以后还能补缴吗", await console2.Content.ReadAsStringAsync());
    }

    private async Task<Guid> CaptchaAsync(string answer)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<CaptchaService>().CreateAsync(answer, CancellationToken.None)).Id;
    }

    private static async Task<Guid> LiveAsync(InterviewClient editor)
    {
        var id = await editor.ScheduleAsync();
        await editor.StageAsync(id, "announce");
        await editor.StageAsync(id, "start");
        return id;
    }

    private static Task<(string Id, JsonElement Data)> ReadEventAsync(HttpClient http, string url)
        => ReadEventAsync(http, new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Reads the stream until the first post event: its <c>id:</c> and parsed <c>data:</c>.</summary>
    private static async Task<(string Id, JsonElement Data)> ReadEventAsync(HttpClient http, HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        string? id = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
            {
                return (id, JsonDocument.Parse(line[6..]).RootElement.Clone());
            }
        }

        throw new InvalidOperationException("the stream ended without a post");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InterviewsOnSqlite(SqlitePlatform platform) : InterviewTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class InterviewsOnPostgres(PostgresPlatform platform) : InterviewTests(platform);
