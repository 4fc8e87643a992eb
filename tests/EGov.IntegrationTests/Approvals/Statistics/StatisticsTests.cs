using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.Approvals.Domain.Applications;
using EGov.IntegrationTests.Approvals.Ratings;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Approvals.Statistics;

public abstract class StatisticsTests(PlatformFactory platform)
{
    // A past month of its own: nothing else in the suite writes applications received in May 2024.
    private const string Period = "from=2024-05-01&to=2024-05-31";

    private readonly RatingsBuilder _builder = new(platform);

    private static JsonElement Xzsp(JsonElement statistics, Guid department)
        => statistics.GetProperty("byDepartment").EnumerateArray().Single(d => d.GetProperty("departmentId").GetGuid() == department).GetProperty("applications");

    [Fact]
    public async Task Statistics_count_online_and_window_applications_in_scope_and_export_them_to_Excel()
    {
        var department = await _builder.DepartmentAsync(RatingsBuilder.Xzsp);
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");
        var url = $"/api/v1/approvals/statistics?{Period}&department={department}";
        var before = await supervisor.GetAsync(url);
        var beforeOnline = before.GetProperty("byDepartment").GetArrayLength() == 0 ? 0 : Xzsp(before, department).GetProperty("receivedOnline").GetInt32();
        var beforeWindow = before.GetProperty("byDepartment").GetArrayLength() == 0 ? 0 : Xzsp(before, department).GetProperty("receivedWindow").GetInt32();

        await _builder.ApplicationAsync(received: new DateOnly(2024, 5, 6), change: a => a.ConcludedOn = new DateOnly(2024, 5, 13));
        await _builder.ApplicationAsync(received: new DateOnly(2024, 5, 7), channel: ApplicationChannel.Window, state: ApplicationState.UnderReview);
        await _builder.ApplicationAsync(received: new DateOnly(2024, 5, 8), channel: ApplicationChannel.Window, state: ApplicationState.Submitted);
        var after = await supervisor.GetAsync(url);
        var excel = await supervisor.Browser.GetAsync($"/api/v1/approvals/statistics/excel?{Period}&department={department}");

        var figures = Xzsp(after, department);
        Assert.Equal((beforeOnline + 1, beforeWindow + 2), (figures.GetProperty("receivedOnline").GetInt32(), figures.GetProperty("receivedWindow").GetInt32()));
        Assert.Equal(1, after.GetProperty("byMonth").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("按部门");
        Assert.Equal("网上收件", sheet.Cell(1, 2).GetString());
        Assert.Equal("西陵区行政审批局", sheet.Cell(2, 1).GetString());
        Assert.Equal(figures.GetProperty("receivedOnline").GetInt32(), sheet.Cell(2, 2).GetValue<int>());
        Assert.Equal(figures.GetProperty("receivedWindow").GetInt32(), sheet.Cell(2, 3).GetValue<int>());
        Assert.Equal("合计", sheet.Cell(3, 1).GetString());
        Assert.Equal("2024年5月", workbook.Worksheet("按月份").Cell(2, 1).GetString());
    }

    [Fact]
    public async Task Department_staff_see_their_own_department_only()
    {
        var scjg = await _builder.DepartmentAsync("xlq-scjg");
        var chief = await RatingsClient.SignInAsync(platform, "xzsp.kezhang");

        var refused = await chief.Browser.GetAsync($"/api/v1/approvals/statistics?{Period}&department={scjg}");
        var own = await chief.GetAsync($"/api/v1/approvals/statistics?{Period}");
        var page = await chief.Browser.GetAsync($"/office/approvals/statistics?{Period}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.All(own.GetProperty("byDepartment").EnumerateArray(), d => Assert.Equal("西陵区行政审批局", d.GetProperty("name").GetString()));
        Assert.Contains("规划目标完成情况", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_ratings_page_and_summary_are_open_to_everyone()
    {
        var client = platform.CreateClient();

        var page = await client.GetAsync("/services/ratings");
        var summary = await client.GetAsync("/api/v1/approvals/ratings/summary?from=2024-01-01&to=2024-12-31");
        var wrong = await client.GetAsync("/api/v1/approvals/ratings/summary?from=2024-12-31&to=2024-01-01");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("政务服务“好差评”", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsOnSqlite(SqlitePlatform platform) : StatisticsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class StatisticsOnPostgres(PostgresPlatform platform) : StatisticsTests(platform);
