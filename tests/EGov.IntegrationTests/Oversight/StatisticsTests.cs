using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.Approvals.Contracts;
using EGov.IntegrationTests.Approvals.Ratings;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Oversight.Domain;

namespace EGov.IntegrationTests.Oversight;

/// <summary>
/// 电子监察统计 over clocks, cards and ratings of 区科技局 (which no other test writes to), each test in months of 2024 of
/// its own; China midnight is 16:00 UTC the day before.
/// </summary>
public abstract class StatisticsTests(PlatformFactory platform)
{
    private readonly StatisticsBuilder _builder = new(platform);

    private static DateTime China(int year, int month, int day, int hour = 10) => new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc).AddHours(-8);

    private static JsonElement Figures(JsonElement statistics, string item)
        => statistics.GetProperty("byItem").EnumerateArray().Single(r => r.GetProperty("item").GetString() == item).GetProperty("figures");

    private static (int, int, int, int) Cases(JsonElement f)
        => (f.GetProperty("cases").GetInt32(), f.GetProperty("onTime").GetInt32(), f.GetProperty("overdueConcluded").GetInt32(), f.GetProperty("overdueRunning").GetInt32());

    private static (int, int, int) Ratings(JsonElement f)
        => (f.GetProperty("ratings").GetInt32(), f.GetProperty("goodRatings").GetInt32(), f.GetProperty("badRatings").GetInt32());

    [Fact]
    public async Task Cases_on_time_and_overdue_come_from_the_clocks_by_month_in_China()
    {
        var item = StatisticsBuilder.NewItem("时限");
        var other = StatisticsBuilder.NewItem("法定");
        await _builder.ClockAsync(item, new DateOnly(2024, 3, 4), 5, stopAt: China(2024, 3, 6));
        await _builder.ClockAsync(item, new DateOnly(2024, 3, 4), 2, stopAt: China(2024, 3, 8));
        await _builder.ClockAsync(item, new DateOnly(2024, 3, 4), 2);
        await _builder.ClockAsync(item, new DateOnly(2024, 3, 25), 10, stopAt: China(2024, 4, 1, 0).AddMinutes(30));
        await _builder.ClockAsync(item, new DateOnly(2024, 2, 26), 10, stopAt: China(2024, 3, 1, 0).AddMinutes(30));
        await _builder.ClockAsync(other, new DateOnly(2024, 3, 4), 1, caseType: ApprovalsClocks.Statutory);
        var kjj = await _builder.Approvals.DepartmentAsync(StatisticsBuilder.Kjj);
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");

        var s = await supervisor.GetAsync($"/api/v1/oversight/statistics?from=2024-03&to=2024-04&department={kjj}");

        Assert.Equal((4, 3, 1, 1), Cases(Figures(s, item)));
        Assert.DoesNotContain(s.GetProperty("byItem").EnumerateArray(), r => r.GetProperty("item").GetString() == other);
        var months = s.GetProperty("byMonth").EnumerateArray().Select(m => Cases(m.GetProperty("figures"))).ToList();
        Assert.Equal([(4, 2, 1, 1), (0, 1, 0, 1)], months);
        var rank = s.GetProperty("ranking").EnumerateArray().Single();
        Assert.Equal((kjj, 60.0, 1), (rank.GetProperty("departmentId").GetGuid(), rank.GetProperty("score").GetDouble(), rank.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public async Task Cards_and_anomalies_are_counted_in_the_China_month_they_were_raised_and_listed_in_the_report()
    {
        var item = StatisticsBuilder.NewItem("牌");
        await _builder.CardAsync(item, "promised_overdue", CardLevel.Yellow, false, China(2024, 7, 1, 0).AddMinutes(30));
        await _builder.CardAsync(item, "promised_overdue", CardLevel.Yellow, false, China(2024, 7, 10));
        var red = await _builder.CardAsync(item, "statutory_overdue", CardLevel.Red, false, China(2024, 7, 11));
        await _builder.CardAsync(item, "acceptance_deemed", CardLevel.Yellow, true, China(2024, 7, 12));
        await _builder.CardAsync(item, "disclosure_reply_overdue", CardLevel.Red, true, China(2024, 7, 15));
        await _builder.CardAsync(item, "promised_overdue", CardLevel.Yellow, false, China(2024, 8, 1, 0).AddMinutes(30));
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");

        var s = await supervisor.GetAsync("/api/v1/oversight/statistics?from=2024-07&to=2024-07");
        var report = await supervisor.GetAsync("/api/v1/oversight/report/2024-07");
        var page = await supervisor.Browser.GetAsync("/office/oversight/report?month=2024-07");

        var f = Figures(s, item);
        Assert.Equal((2, 1, 2), (f.GetProperty("yellow").GetInt32(), f.GetProperty("red").GetInt32(), f.GetProperty("anomalies").GetInt32()));
        var reds = report.GetProperty("redCards").EnumerateArray().Where(c => c.GetProperty("item").GetString() == item).ToList();
        Assert.Equal(2, reds.Count);
        Assert.Contains(reds, c => c.GetProperty("id").GetInt64() == red.Id && c.GetProperty("rule").GetString() == "红牌：超过法定时限");
        Assert.Contains(report.GetProperty("cardsByRule").EnumerateArray(), r => r.GetProperty("rule").GetString() == "acceptance_deemed" && r.GetProperty("isAnomaly").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("西陵区2024年7月电子监察报告", html, StringComparison.Ordinal);
        Assert.Contains(red.Title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ratings_come_from_approvals_and_interaction_with_each_modules_good_and_bad()
    {
        var item = StatisticsBuilder.NewItem("评价");
        await _builder.ApprovalRatingAsync(item, 5, China(2024, 9, 1, 0).AddMinutes(30));
        await _builder.ApprovalRatingAsync(item, 4, China(2024, 9, 10));
        await _builder.ApprovalRatingAsync(item, 3, China(2024, 9, 11));
        await _builder.ApprovalRatingAsync(item, 1, China(2024, 9, 12));
        await _builder.ApprovalRatingAsync(item, 2, China(2024, 9, 13), excluded: true);
        await _builder.ApprovalRatingAsync(item, 1, China(2024, 10, 1, 0).AddMinutes(30));
        await _builder.LetterRatingAsync(Satisfaction.Satisfied, China(2024, 9, 3));
        await _builder.LetterRatingAsync(Satisfaction.BasicallySatisfied, China(2024, 9, 4));
        await _builder.LetterRatingAsync(Satisfaction.Unsatisfied, China(2024, 9, 5));
        var kjj = await _builder.Approvals.DepartmentAsync(StatisticsBuilder.Kjj);
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");
        var url = $"/api/v1/oversight/statistics?from=2024-09&to=2024-09&department={kjj}";

        var all = await supervisor.GetAsync(url);
        var approvals = await supervisor.GetAsync(url + "&module=approvals");
        var interaction = await supervisor.GetAsync(url + "&module=interaction");

        Assert.Equal((4, 2, 1), Ratings(Figures(all, item)));
        Assert.Equal((3, 1, 1), Ratings(Figures(all, "信件：投诉")));
        Assert.Equal((4, 2, 1), Ratings(Figures(approvals, item)));
        Assert.DoesNotContain(approvals.GetProperty("byItem").EnumerateArray(), r => r.GetProperty("item").GetString() == "信件：投诉");
        Assert.DoesNotContain(interaction.GetProperty("byItem").EnumerateArray(), r => r.GetProperty("item").GetString() == item);
        Assert.Equal((7, 3, 2), Ratings(all.GetProperty("total")));
    }

    [Fact]
    public async Task A_leader_sees_their_department_and_the_supervisor_the_whole_district()
    {
        await _builder.ClockAsync(StatisticsBuilder.NewItem("范围"), new DateOnly(2024, 6, 3), 5, stopAt: China(2024, 6, 4));
        var kjj = await _builder.Approvals.DepartmentAsync(StatisticsBuilder.Kjj);
        var scjg = await _builder.Approvals.DepartmentAsync("xlq-scjg");
        var leader = await RatingsClient.SignInAsync(platform, "scjg.juzhang");
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");
        var clerk = await RatingsClient.SignInAsync(platform, "xzsp.kezhang");

        var own = await leader.GetAsync("/api/v1/oversight/statistics?from=2024-06&to=2024-06");
        var refused = await leader.Browser.GetAsync($"/api/v1/oversight/statistics?from=2024-06&to=2024-06&department={kjj}");
        var district = await supervisor.GetAsync("/api/v1/oversight/statistics?from=2024-06&to=2024-06");
        var noPermission = await clerk.Browser.GetAsync("/api/v1/oversight/statistics");

        Assert.All(own.GetProperty("ranking").EnumerateArray(), r => Assert.Equal(scjg, r.GetProperty("departmentId").GetGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(district.GetProperty("ranking").EnumerateArray(), r => r.GetProperty("departmentId").GetGuid() == kjj);
        var scores = district.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(HttpStatusCode.Forbidden, noPermission.StatusCode);
    }

    [Fact]
    public async Task The_statistics_page_shows_the_tables_and_the_Excel_export_has_a_sheet_per_table()
    {
        var item = StatisticsBuilder.NewItem("导出");
        await _builder.ClockAsync(item, new DateOnly(2024, 11, 4), 5, stopAt: China(2024, 11, 5));
        var kjj = await _builder.Approvals.DepartmentAsync(StatisticsBuilder.Kjj);
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");

        var page = await supervisor.Browser.GetAsync($"/office/oversight/statistics?from=2024-11&to=2024-11&department={kjj}");
        var excel = await supervisor.Browser.GetAsync($"/office/oversight/statistics.xlsx?from=2024-11&to=2024-11&department={kjj}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("部门排名", html, StringComparison.Ordinal);
        Assert.Contains(item, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        Assert.Equal(["部门排名", "按事项", "按月份"], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal("得分", workbook.Worksheet("部门排名").Cell(1, 3).GetString());
        Assert.Contains(workbook.Worksheet("按事项").RowsUsed(), r => r.Cell(2).GetString() == item && r.Cell(3).GetValue<int>() == 1);
        Assert.Equal("2024年11月", workbook.Worksheet("按月份").Cell(2, 1).GetString());
    }

    [Theory]
    [InlineData("/api/v1/oversight/statistics?from=2024-13", "oversight.statistics.month_invalid")]
    [InlineData("/api/v1/oversight/statistics?from=2024-05&to=2024-04", "oversight.statistics.period_reversed")]
    [InlineData("/api/v1/oversight/statistics?from=2020-01&to=2024-04", "oversight.statistics.period_too_long")]
    [InlineData("/api/v1/oversight/statistics?department=abc", "oversight.statistics.department_invalid")]
    [InlineData("/api/v1/oversight/statistics?module=nope", "oversight.statistics.module_unknown")]
    [InlineData("/api/v1/oversight/report/2024-1x", "oversight.statistics.month_invalid")]
    [InlineData("/office/oversight/statistics.xlsx?to=november", "oversight.statistics.month_invalid")]
    public async Task Bad_values_are_refused_with_Problem_Details(string url, string code)
    {
        var supervisor = await RatingsClient.SignInAsync(platform, "jiancha");

        var response = await supervisor.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatisticsOnSqlite(SqlitePlatform platform) : StatisticsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class StatisticsOnPostgres(PostgresPlatform platform) : StatisticsTests(platform);
