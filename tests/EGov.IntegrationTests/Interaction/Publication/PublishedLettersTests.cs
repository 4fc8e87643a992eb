using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;

namespace EGov.IntegrationTests.Interaction.Publication;

public abstract class PublishedLettersTests(PlatformFactory platform)
{
    private readonly LetterData _letters = new(platform);

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = platform.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement;
    }

    [Fact]
    public async Task Published_letter_shows_subject_reply_department_and_rating_but_nothing_of_the_writer()
    {
        var letter = await _letters.LetterAsync("qzxx", "小区门口占道经营" + Guid.NewGuid().ToString("N")[..4], 20, 5, publish: true, rating: Satisfaction.BasicallySatisfied);
        using var client = platform.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/interaction/letters/{letter.Id}", UriKind.Relative));

        Assert.Contains(letter.Subject, html, StringComparison.Ordinal);
        Assert.Contains("已责成有关科室处理", html, StringComparison.Ordinal);
        Assert.Contains("西陵区市场监督管理局", html, StringComparison.Ordinal);
        Assert.Contains("基本满意", html, StringComparison.Ordinal);
        Assert.DoesNotContain(LetterData.WriterName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(LetterData.WriterPhone, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_letter_is_not_found_on_the_page_or_the_api()
    {
        var letter = await _letters.LetterAsync("qzxx", "未同意公开的来信", 20, 5);
        using var client = platform.CreateClient();

        var page = await client.GetAsync(new Uri($"/interaction/letters/{letter.Id}", UriKind.Relative));
        var api = await client.GetAsync(new Uri($"/api/v1/interaction/letters/{letter.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("信件不存在或未公开", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_lists_published_letters_filtered_by_department_and_kind_without_writer_fields()
    {
        var complaint = await _letters.LetterAsync("qzxx", "投诉噪音扰民" + Guid.NewGuid().ToString("N")[..4], 30, 10, kind: LetterKind.Complaint, handlingDepartment: "xlq-sthj", publish: true);
        await _letters.LetterAsync("qzxx", "咨询噪音检测", 30, 10, kind: LetterKind.Consultation, handlingDepartment: "xlq-sthj", publish: true);
        await _letters.LetterAsync("qzxx", "投诉未公开", 30, 10, kind: LetterKind.Complaint, handlingDepartment: "xlq-sthj");

        var json = await JsonAsync("/api/v1/interaction/letters?department=xlq-sthj&kind=complaint");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("id").GetGuid() == complaint.Id);
        Assert.All(items, i => Assert.Equal("投诉", i.GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.Equal("宜昌市生态环境局西陵区分局", i.GetProperty("department").GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("subject").GetString() == "投诉未公开");
        Assert.DoesNotContain(LetterData.WriterPhone, json.GetRawText(), StringComparison.Ordinal);
        Assert.False(items[0].TryGetProperty("writerName", out _));
    }

    [Fact]
    public async Task Unknown_kind_is_a_problem_with_a_chinese_message()
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/interaction/letters?kind=praise", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("没有这种信件类型", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_page_filters_by_department_and_searches_letters_through_the_site_search()
    {
        var letter = await _letters.LetterAsync("qzxx", "电梯年检问题" + Guid.NewGuid().ToString("N")[..4], 15, 3, handlingDepartment: "xlq-zjj", publish: true);
        using var client = platform.CreateClient();

        var html = await client.GetStringAsync(new Uri("/interaction/letters?department=xlq-zjj", UriKind.Relative));

        Assert.Contains(letter.Subject, html, StringComparison.Ordinal);
        Assert.Contains("action=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"type\" value=\"letter\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">答复部门</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_shows_the_district_head_mailbox_latest_reply_and_links()
    {
        var letter = await _letters.LetterAsync("qzxx", "公交站台遮阳棚" + Guid.NewGuid().ToString("N")[..4], 10, 1, handlingDepartment: "xlq-jtj", publish: true);
        using var client = platform.CreateClient();

        var html = await client.GetStringAsync(new Uri("/interaction", UriKind.Relative));

        Assert.Contains("区长信箱", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/interaction/mailboxes/qzxx/write\"", html, StringComparison.Ordinal);
        Assert.Contains(letter.Subject, html, StringComparison.Ordinal);
        foreach (var link in new[] { "/interaction/mailboxes", "/interaction/statistics", "/interaction/opinions", "/interaction/surveys", "/interaction/interviews", "/interaction/letters/track" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublishedLettersOnSqlite(SqlitePlatform platform) : PublishedLettersTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PublishedLettersOnPostgres(PostgresPlatform platform) : PublishedLettersTests(platform);
