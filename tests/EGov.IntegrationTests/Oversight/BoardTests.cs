using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Board;
using EGov.Oversight.Domain;
using EGov.Platform.Clocks;
using EGov.Platform.Organization.Scope;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight;

public abstract class BoardTests(PlatformFactory platform)
{
    private readonly BoardFixtures _fixtures = new(platform);

    /// <summary>normal, warning, overdue promised (yellow), overdue statutory (red), yellow with an open red card (red), overdue disclosure reply (red), a stopped clock.</summary>
    private async Task<(Guid Carded, Guid Stopped)> SeedEveryLevelAsync()
    {
        await _fixtures.NormalAsync();
        await _fixtures.WarningAsync();
        await _fixtures.OverdueAsync("approvals", "promised");
        await _fixtures.OverdueAsync("approvals", "statutory");
        await _fixtures.OverdueAsync("disclosure", "request");
        var carded = await _fixtures.OverdueAsync("approvals", "promised");
        await _fixtures.CardAsync(carded, CardLevel.Red, CardState.Open);
        var closedRed = await _fixtures.OverdueAsync("approvals", "promised");
        await _fixtures.CardAsync(closedRed, CardLevel.Red, CardState.Closed);
        var stopped = await _fixtures.OverdueAsync("approvals", "statutory", (clocks, clock) => Assert.True(clocks.Stop(clock, "办结").IsSuccess));
        return (carded, stopped);
    }

    private async Task<BoardSummary> SummaryAsync(DepartmentSet scope)
    {
        await using var services = platform.Scope();
        return await services.ServiceProvider.GetRequiredService<BoardQueries>().SummaryAsync(new BoardFilter(Item: _fixtures.Item), scope);
    }

    private static async Task<Browser> SignedInAsync(PlatformFactory platform, string login, string password = "Demo@2026")
    {
        var browser = new Browser(platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(login, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Summary_counts_each_board_level_and_leaves_out_stopped_clocks()
    {
        await SeedEveryLevelAsync();

        var s = await SummaryAsync(DepartmentSet.WholeDistrict);

        Assert.Equal(7, s.Total.Total);
        Assert.Equal([1L, 1, 2, 3], BoardLevelNames.All.Select(l => s.Total[l]));
        var approvals = s.ByModule.Single(m => m.Module == "approvals");
        Assert.Equal([1L, 1, 2, 2], BoardLevelNames.All.Select(l => approvals.Counts[l]));
        Assert.Equal(1, s.ByModule.Single(m => m.Module == "disclosure").Counts[BoardLevel.Red]);
        Assert.Equal(0, s.ByModule.Single(m => m.Module == "interaction").Counts.Total);
        Assert.Equal(7, s.ByDepartment.Single(d => d.Id is null).Counts.Total);
        Assert.Equal(3, s.ByDepartment.Single(d => d.Id is null).Counts[BoardLevel.Red]);
    }

    [Fact]
    public async Task List_by_level_matches_the_summary_and_marks_the_carded_clock_red()
    {
        var (carded, stopped) = await SeedEveryLevelAsync();
        await using var services = platform.Scope();
        var queries = services.ServiceProvider.GetRequiredService<BoardQueries>();

        foreach (var level in BoardLevelNames.All)
        {
            var page = await queries.ClocksAsync(new BoardFilter(Item: _fixtures.Item, Level: level), DepartmentSet.WholeDistrict, 1);
            Assert.Equal((await SummaryAsync(DepartmentSet.WholeDistrict)).Total[level], page.Total);
            Assert.All(page.Rows, r => Assert.Equal(level, r.Level));
            Assert.DoesNotContain(page.Rows, r => r.Id == stopped);
        }

        var red = await queries.ClocksAsync(new BoardFilter(Item: _fixtures.Item, Level: BoardLevel.Red), DepartmentSet.WholeDistrict, 1);
        Assert.Contains(red.Rows, r => r.Id == carded && r.ModuleName == "政务服务" && r.RemainingWorkingDays < 0);
    }

    [Fact]
    public async Task A_department_watcher_sees_only_their_department()
    {
        var scjg = await _fixtures.DepartmentAsync("xlq-scjg");
        await _fixtures.NormalAsync(department: scjg);
        await _fixtures.OverdueAsync("approvals", "statutory", department: await _fixtures.DepartmentAsync("xlq-zwfw"));
        var watcher = await SignedInAsync(platform, await _fixtures.WatcherAsync("xlq-scjg"), TestAccounts.Password);
        var supervisor = await SignedInAsync(platform, "jiancha");

        var own = await watcher.Client.GetFromJsonAsync<JsonElement>($"/api/v1/oversight/summary?item={_fixtures.Item}");
        var all = await supervisor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/oversight/summary?item={_fixtures.Item}");
        var list = await watcher.Client.GetFromJsonAsync<JsonElement>($"/api/v1/oversight/clocks?item={_fixtures.Item}");

        Assert.Equal(1, own.GetProperty("total").GetInt64());
        Assert.Equal(0, own.GetProperty("byLevel").GetProperty("red").GetInt64());
        Assert.Equal("xlq-scjg", own.GetProperty("byDepartment").EnumerateArray().Single().GetProperty("code").GetString());
        Assert.Equal(2, all.GetProperty("total").GetInt64());
        Assert.Equal(scjg, list.GetProperty("items").EnumerateArray().Single().GetProperty("departmentId").GetGuid());
    }

    [Fact]
    public async Task Summary_api_has_exactly_the_agreed_shape()
    {
        await SeedEveryLevelAsync();
        var supervisor = await SignedInAsync(platform, "jiancha");

        var json = await supervisor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/oversight/summary?module=approvals&item={_fixtures.Item}");

        Assert.Equal(["total", "byLevel", "byModule", "byDepartment"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6, json.GetProperty("total").GetInt64());
        Assert.Equal(["normal", "warning", "yellow", "red"], json.GetProperty("byLevel").EnumerateObject().Select(p => p.Name));
        var approvals = json.GetProperty("byModule").GetProperty("approvals");
        Assert.Equal(["name", "total", "byLevel"], approvals.EnumerateObject().Select(p => p.Name));
        Assert.Equal("政务服务", approvals.GetProperty("name").GetString());
        Assert.Equal(2, approvals.GetProperty("byLevel").GetProperty("red").GetInt64());
        Assert.Equal(["approvals"], json.GetProperty("byModule").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/api/v1/oversight/summary?module=nosuch", "module")]
    [InlineData("/api/v1/oversight/summary?department=no-such-department", "department")]
    [InlineData("/api/v1/oversight/clocks?level=purple", "level")]
    [InlineData("/api/v1/oversight/clocks?page=0", "page")]
    public async Task Bad_filters_are_problem_details_in_chinese(string url, string field)
    {
        var supervisor = await SignedInAsync(platform, "jiancha");

        var response = await supervisor.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Department_filter_takes_a_code()
    {
        await _fixtures.NormalAsync(department: await _fixtures.DepartmentAsync("xlq-scjg"));
        await _fixtures.NormalAsync();
        var supervisor = await SignedInAsync(platform, "jiancha");

        var json = await supervisor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/oversight/summary?department=xlq-scjg&item={_fixtures.Item}");

        Assert.Equal(1, json.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/oversight/summary")]
    [InlineData("/api/v1/oversight/clocks")]
    [InlineData("/office/oversight")]
    [InlineData("/office/oversight/clocks.xlsx")]
    public async Task Staff_without_watch_permission_are_refused(string url)
    {
        var clerk = await SignedInAsync(platform, "scjg.banli");

        var response = await clerk.Client.GetAsync(url);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("/sign-in", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await new Browser(platform).GetAsync(url)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BoardTestsOnSqlite(SqlitePlatform platform) : BoardTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class BoardTestsOnPostgres(PostgresPlatform platform) : BoardTests(platform);
