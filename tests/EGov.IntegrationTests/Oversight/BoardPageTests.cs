using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using EGov.IntegrationTests.Approvals.Handling;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight;

public abstract partial class BoardPageTests(PlatformFactory platform)
{
    private readonly BoardFixtures _fixtures = new(platform);

    private async Task<Browser> SupervisorAsync()
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("jiancha", "Demo@2026")).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Board_shows_tiles_tables_and_the_coloured_list()
    {
        await _fixtures.NormalAsync();
        await _fixtures.OverdueAsync("approvals", "statutory");

        var html = await (await SupervisorAsync()).Client.GetStringAsync($"/office/oversight?item={Uri.EscapeDataString(_fixtures.Item)}");

        Assert.Contains("<span class=\"board-tile-count\" data-board-level=\"red\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"board-tile-count\" data-board-level=\"normal\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"board-level-red px-1\">红牌</span>", html, StringComparison.Ordinal);
        Assert.Contains("按部门", html, StringComparison.Ordinal);
        Assert.Contains("/js/oversight-board.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_export_holds_the_filtered_rows()
    {
        await _fixtures.NormalAsync();
        await _fixtures.WarningAsync();
        await _fixtures.OverdueAsync("disclosure", "request");

        var response = await (await SupervisorAsync()).Client.GetAsync($"/office/oversight/clocks.xlsx?item={Uri.EscapeDataString(_fixtures.Item)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("时限清单");
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
        Assert.Equal("等级", sheet.Cell(1, 1).GetString());
        Assert.Equal("红牌", sheet.Cell(2, 1).GetString());
        Assert.Equal(_fixtures.Item, sheet.Cell(2, 6).GetString());
        Assert.Contains("已全部导出", workbook.Worksheet("说明").Cell(1, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_down_shows_the_clock_with_its_pause_extension_and_history()
    {
        var id = await _fixtures.OverdueAsync("approvals", "promised", (clocks, clock) =>
        {
            Assert.True(clocks.Extend(clock, 3, "情况复杂", "局长").IsSuccess);
            Assert.True(clocks.Pause(clock, "correction", BoardFixtures.Today, "补正材料").IsSuccess);
        });

        var html = await (await SupervisorAsync()).Client.GetStringAsync($"/office/oversight/clocks/{id}");

        Assert.Contains("开始计时", html, StringComparison.Ordinal);
        Assert.Contains("延长期限", html, StringComparison.Ordinal);
        Assert.Contains("暂停计时", html, StringComparison.Ordinal);
        Assert.Contains("情况复杂", html, StringComparison.Ordinal);
        Assert.Contains("补正材料", html, StringComparison.Ordinal);
        Assert.Contains("延期后共 8 个工作日", html, StringComparison.Ordinal);
        Assert.Contains(">打开办件</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/office/approvals/applications/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_clock_is_not_found()
    {
        var response = await (await SupervisorAsync()).Client.GetAsync($"/office/oversight/clocks/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("approvals")]
    [InlineData("disclosure")]
    [InlineData("interaction")]
    public async Task Supervisor_opens_a_demo_case_read_only(string module)
    {
        if (module == "approvals")
        {
            await ApplicationBuilder.CreateAsync(platform); // the demo data has no applications
        }

        string url;
        await using (var scope = platform.Scope())
        {
            var clock = await PlatformFactory.Db(scope).Set<StatutoryClock>()
                .Where(c => c.Module == module && !c.Title.StartsWith("测试办件")).OrderByDescending(c => c.StartedAt).FirstAsync();
            url = scope.ServiceProvider.GetRequiredService<ClockTypes>().Find(clock.Module, clock.CaseType)!.CaseUrl(clock.CaseId);
        }

        var response = await (await SupervisorAsync()).Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Empty(ActionForms().Matches(html));
    }

    /// <summary>A form that posts to a page handler (every step of a case page); the header's sign-out form posts elsewhere.</summary>
    [GeneratedRegex("<form[^>]*[?&]handler=", RegexOptions.IgnoreCase)]
    private static partial Regex ActionForms();
}

[Collection(SqliteCollection.Name)]
public sealed class BoardPageTestsOnSqlite(SqlitePlatform platform) : BoardPageTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class BoardPageTestsOnPostgres(PostgresPlatform platform) : BoardPageTests(platform);
