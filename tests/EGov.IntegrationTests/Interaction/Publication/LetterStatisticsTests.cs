using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;

namespace EGov.IntegrationTests.Interaction.Publication;

/// <summary>
/// The figures are compared before and after adding three letters to 区统计局, so that letters other tests leave in the
/// shared database do not matter: one replied on time and rated 满意, one replied late and rated 不满意, one still open
/// past its due date.
/// </summary>
public abstract class LetterStatisticsTests(PlatformFactory platform)
{
    private const string Department = "西陵区统计局";
    private readonly LetterData _letters = new(platform);

    private async Task AddThreeLettersAsync()
    {
        await _letters.LetterAsync("tjj", "统计数据口径咨询", 30, repliedDaysAgo: 25, replyWorkingDays: 15, handlingDepartment: "xlq-tjj", rating: Satisfaction.Satisfied);
        await _letters.LetterAsync("tjj", "普查员工作证明", 60, repliedDaysAgo: 20, replyWorkingDays: 5, handlingDepartment: "xlq-tjj", rating: Satisfaction.Unsatisfied);
        await _letters.LetterAsync("tjj", "经济普查补贴发放", 100, replyWorkingDays: 5, handlingDepartment: "xlq-tjj");
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
        => JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement;

    private static int[] Figures(JsonElement figures)
        => new[] { "received", "replied", "onTime", "overdue", "rated", "satisfied", "openNow" }.Select(n => figures.GetProperty(n).GetInt32()).ToArray();

    private static int[] DepartmentFigures(JsonElement statistics)
        => statistics.GetProperty("byDepartment").EnumerateArray().Where(d => d.GetProperty("name").GetString() == Department)
            .Select(d => Figures(d.GetProperty("figures"))).SingleOrDefault() ?? new int[7];

    private static int[] Minus(int[] after, int[] before) => after.Zip(before, (a, b) => a - b).ToArray();

    [Fact]
    public async Task Public_api_counts_received_replied_on_time_overdue_ratings_and_open_letters()
    {
        using var client = platform.CreateClient();
        var before = await JsonAsync(client, "/api/v1/interaction/statistics");

        await AddThreeLettersAsync();
        var after = await JsonAsync(client, "/api/v1/interaction/statistics");

        int[] expected = [3, 2, 1, 2, 2, 1, 1];
        Assert.Equal(expected, Minus(Figures(after.GetProperty("total")), Figures(before.GetProperty("total"))));
        Assert.Equal(expected, Minus(DepartmentFigures(after), DepartmentFigures(before)));
        Assert.Equal(12, after.GetProperty("byMonth").GetArrayLength());
        Assert.Equal("最近12个月", after.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Year_outside_the_range_is_a_problem_with_a_chinese_message()
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/interaction/statistics?year=1999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("年份应在2000年到", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_page_has_charts_data_and_tables_with_header_scopes_and_exports_a_workbook()
    {
        await AddThreeLettersAsync();
        using var client = platform.CreateClient();

        var html = await client.GetStringAsync(new Uri("/interaction/statistics", UriKind.Relative));
        var export = await client.GetAsync(new Uri("/interaction/statistics?handler=Export", UriKind.Relative));

        Assert.Contains($"<th scope=\"row\">{Department}</th>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"interaction-statistics-data\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/interaction-statistics.js", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var byDepartment = workbook.Worksheet("按部门");
        Assert.Contains(byDepartment.Column(1).CellsUsed(), c => c.GetString() == Department);
        Assert.Equal(13, workbook.Worksheet("按月份").RowsUsed().Count() - 1);
        Assert.Equal("合计", workbook.Worksheet("按月份").Cell(14, 1).GetString());
    }

    [Fact]
    public async Task Staff_statistics_cover_only_the_letters_in_their_scope()
    {
        await AddThreeLettersAsync();
        var leader = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SignInAsync("scjg.juzhang", "Demo@2026")).StatusCode);
        var supervisor = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.SignInAsync("jiancha", "Demo@2026")).StatusCode);

        var own = await JsonAsync(leader.Client, "/api/v1/interaction/office/statistics");
        var all = await JsonAsync(supervisor.Client, "/api/v1/interaction/office/statistics");
        var page = await supervisor.Client.GetStringAsync(new Uri("/office/interaction/statistics", UriKind.Relative));

        Assert.DoesNotContain(own.GetProperty("byDepartment").EnumerateArray(), d => d.GetProperty("name").GetString() == Department);
        Assert.Contains(all.GetProperty("byDepartment").EnumerateArray(), d => d.GetProperty("name").GetString() == Department);
        Assert.Contains($"<th scope=\"row\">{Department}</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_page_refuses_staff_without_the_view_permission()
    {
        var editor = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SignInAsync("scjg.bianji", "Demo@2026")).StatusCode);

        var response = await editor.Client.GetAsync(new Uri("/office/interaction/statistics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LetterStatisticsOnSqlite(SqlitePlatform platform) : LetterStatisticsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class LetterStatisticsOnPostgres(PostgresPlatform platform) : LetterStatisticsTests(platform);
