using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Domain;
using static EGov.IntegrationTests.Oversight.CardBuilder;

namespace EGov.IntegrationTests.Oversight;

/// <summary>The card list: API filters and their refusals, scope, the Excel export and the pages.</summary>
public abstract class CardListTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_api_filters_by_level_department_state_and_anomaly()
    {
        var module = Module();
        var yellow = await RaiseAsync(platform, CardLevel.Yellow, module: module);
        var red = await RaiseAsync(platform, CardLevel.Red, module: module);
        var elsewhere = await RaiseAsync(platform, CardLevel.Red, "xlq-zwfw", module, anomaly: true);
        var supervisor = await CardClient.SignInAsync(platform, "jiancha");

        Assert.Equal([yellow.Id, red.Id, elsewhere.Id], (await IdsAsync(supervisor, $"module={module}")).Order());
        Assert.Equal([red.Id], await IdsAsync(supervisor, $"module={module}&level=red&department=xlq-scjg"));
        Assert.Equal([elsewhere.Id], await IdsAsync(supervisor, $"module={module}&anomaly=yes"));
        Assert.Equal([elsewhere.Id], await IdsAsync(supervisor, $"module={module}&department={elsewhere.DepartmentId}"));
        Assert.Equal([elsewhere.Id], await IdsAsync(supervisor, $"module={module}&rule=letter_unanswered&state=open"));
        Assert.Empty(await IdsAsync(supervisor, $"module={module}&state=closed"));
    }

    [Fact]
    public async Task A_department_sees_only_its_own_cards_in_the_list()
    {
        var module = Module();
        var own = await RaiseAsync(platform, CardLevel.Yellow, module: module);
        await RaiseAsync(platform, CardLevel.Yellow, "xlq-zwfw", module);
        var clerk = await CardClient.SignInAsync(platform, "scjg.banli");

        Assert.Equal([own.Id], await IdsAsync(clerk, $"module={module}"));
    }

    [Fact]
    public async Task Someone_without_watch_or_answer_is_refused_the_list()
    {
        var editor = await CardClient.SignInAsync(platform, "scjg.bianji");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetJsonAsync("/api/v1/oversight/cards")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Browser.GetAsync("/office/oversight/cards")).StatusCode);
    }

    [Theory]
    [InlineData("level=green", "level")]
    [InlineData("state=done", "state")]
    [InlineData("department=no-such-department", "department")]
    [InlineData("rule=no_such_rule", "rule")]
    [InlineData("anomaly=maybe", "anomaly")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("page=0", "page")]
    public async Task A_bad_filter_value_is_a_400_in_chinese(string query, string field)
    {
        var supervisor = await CardClient.SignInAsync(platform, "jiancha");

        var (status, body) = await supervisor.GetJsonAsync($"/api/v1/oversight/cards?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("oversight.bad_filter", body.GetProperty("code").GetString());
        Assert.Equal("请求内容有误", body.GetProperty("title").GetString());
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task The_excel_export_has_a_row_for_each_filtered_card()
    {
        var module = Module();
        var yellow = await RaiseAsync(platform, CardLevel.Yellow, module: module);
        var red = await RaiseAsync(platform, CardLevel.Red, module: module, anomaly: true);
        var supervisor = await CardClient.SignInAsync(platform, "jiancha");

        var response = await supervisor.Browser.GetAsync($"/office/oversight/cards.xlsx?module={module}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("剩余时间（分钟）", sheet.Cell(1, 12).GetString());
        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber());
        var rows = Enumerable.Range(2, 2).ToDictionary(r => sheet.Cell(r, 1).GetString(), r => (Level: sheet.Cell(r, 2).GetString(), Anomaly: sheet.Cell(r, 3).GetString()));
        Assert.Equal(("黄牌", "否"), rows[yellow.Id.ToString()]);
        Assert.Equal(("红牌", "是"), rows[red.Id.ToString()]);
        Assert.True(sheet.Cell(2, 12).GetDouble() < 0, "an overdue card has negative minutes left");
    }

    [Fact]
    public async Task The_list_page_shows_levels_as_text_with_minutes_past_the_due()
    {
        var module = Module();
        var red = await RaiseAsync(platform, CardLevel.Red, module: module, anomaly: true);
        var supervisor = await CardClient.SignInAsync(platform, "jiancha");

        var html = await supervisor.Browser.Client.GetStringAsync($"/office/oversight/cards?module={module}");

        Assert.Contains($"href=\"/office/oversight/cards/{red.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains(">红牌</span>", html, StringComparison.Ordinal);
        Assert.Contains(">异常</span>", html, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""text-danger"">-\d+</td>", html);
    }

    [Fact]
    public async Task The_department_answers_on_the_card_page()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var clerk = await CardClient.SignInAsync(platform, "scjg.banli");
        var page = $"/office/oversight/cards/{card.Id}";
        var html = await clerk.Browser.Client.GetStringAsync(page);
        Assert.Contains("整改说明", html, StringComparison.Ordinal);
        Assert.Contains("/office/oversight/clocks/", html, StringComparison.Ordinal);

        var response = await clerk.Browser.PostFormAsync(page, new Dictionary<string, string>
        {
            ["version"] = card.Version.ToString(),
            ["explanation"] = "已督促窗口人员当日流转，并修订了内部时限提醒。",
        }, page + "?handler=Answer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CardState.Closed, (await LoadAsync(platform, card.Id)).State);
    }

    [Fact]
    public async Task A_stale_form_on_the_card_page_is_told_with_409()
    {
        var card = await RaiseAsync(platform, CardLevel.Yellow);
        var clerk = await CardClient.SignInAsync(platform, "scjg.banli");
        var page = $"/office/oversight/cards/{card.Id}";

        var response = await clerk.Browser.PostFormAsync(page, new Dictionary<string, string>
        {
            ["version"] = (card.Version + 1).ToString(),
            ["explanation"] = "已督促窗口人员当日流转，并修订了内部时限提醒。",
        }, page + "?handler=Answer");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已被他人处理", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Module() => $"t{Guid.NewGuid():N}"[..20];

    private static async Task<List<long>> IdsAsync(CardClient client, string query)
    {
        var (status, body) = await client.GetJsonAsync($"/api/v1/oversight/cards?{query}");
        Assert.True(status == HttpStatusCode.OK, $"{query}: {(int)status} {body}");
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CardListOnSqlite(SqlitePlatform platform) : CardListTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CardListOnPostgres(PostgresPlatform platform) : CardListTests(platform);
