using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Disclosure.Reports;

/// <summary>The annual report (条例 第四十九条、第五十条; 国办公开办函〔2021〕30号) over HTTP, on the demo year 2025.</summary>
public abstract class AnnualReportTests(PlatformFactory platform)
{
    private const int DemoYear = 2025;

    private static readonly string[] Columns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(login, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static Dictionary<string, int[]> Rows(JsonElement report)
        => report.GetProperty("table3").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToArray());

    [Fact]
    public async Task Demo_report_of_the_district_government_is_published_with_the_exact_labels_and_balances_in_every_column()
    {
        var report = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/annual-reports/{DemoYear}");

        Assert.Equal("published", report.GetProperty("status").GetString());
        Assert.Equal("xlq", report.GetProperty("agency").GetProperty("code").GetString());
        Assert.Equal(Columns, report.GetProperty("table3").GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var labels = report.GetProperty("table3").GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString(), r.GetProperty("label").GetString())).ToList();
        Assert.Equal(25, labels.Count);
        Assert.Equal(("一", "本年新收政府信息公开申请数量"), labels[0]);
        Assert.Equal(("二", "上年结转政府信息公开申请数量"), labels[1]);
        Assert.Equal(("三（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"), labels[3]);
        Assert.Equal(("三（三）3", "危及“三安全一稳定”"), labels[6]);
        Assert.Equal(("三（六）2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), labels[21]);
        Assert.Equal(("三（七）", "总计"), labels[23]);
        Assert.Equal(("四", "结转下年度继续办理"), labels[24]);
        Assert.True(report.GetProperty("check").GetProperty("balanced").GetBoolean());
        var rows = Rows(report);
        for (var c = 0; c < Columns.Length; c++)
        {
            Assert.Equal(rows["一"][c] + rows["二"][c], rows["三（七）"][c] + rows["四"][c]);
            Assert.Equal(rows["三（七）"][c], rows.Where(r => r.Key.StartsWith("三（", StringComparison.Ordinal) && r.Key != "三（七）").Sum(r => r.Value[c]));
        }

        Assert.All(rows.Where(r => r.Key.StartsWith("三（", StringComparison.Ordinal)), r => Assert.True(r.Value[6] > 0, $"{r.Key} 没有演示申请"));
        Assert.All(Enumerable.Range(0, 6), c => Assert.True(rows["一"][c] > 0, $"{Columns[c]} 没有演示申请"));
    }

    [Fact]
    public async Task Demo_report_counts_match_the_requests_counted_independently()
    {
        var government = await ReportTestData.DepartmentAsync(platform, "xlq");
        var requests = (await ReportTestData.RequestsAsync(platform, government)).Where(r => r.ReceivedOn is not null).ToList();
        var (start, end) = (new DateOnly(DemoYear, 1, 1), new DateOnly(DemoYear, 12, 31));

        var report = await platform.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/annual-reports/{DemoYear}?agency=xlq");
        var rows = Rows(report);

        Assert.Equal(requests.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end), rows["一"][6]);
        Assert.Equal(requests.Count(r => r.ReceivedOn < start && (r.ConcludedOn is null || r.ConcludedOn >= start)), rows["二"][6]);
        Assert.Equal(requests.Count(r => r.ConcludedOn >= start && r.ConcludedOn <= end), rows["三（七）"][6]);
        Assert.Equal(requests.Count(r => r.ReceivedOn <= end && (r.ConcludedOn is null || r.ConcludedOn > end)), rows["四"][6]);
        Assert.True(rows["二"][6] >= 3 && rows["四"][6] >= 3, "演示数据应有上年结转和结转下年度的申请");
        var disputes = report.GetProperty("table4").GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToList();
        Assert.Equal(3, disputes.Sum(b => b[4]));
        Assert.Equal(1, disputes.Sum(b => b[3]));
        Assert.Equal(2, report.GetProperty("fees").GetProperty("paidCount").GetInt32());
    }

    [Fact]
    public async Task Public_pages_list_and_show_the_published_report_with_its_tables()
    {
        var client = platform.CreateClient();

        var list = await client.GetStringAsync("/disclosure/annual-reports");
        var page = await client.GetStringAsync($"/disclosure/annual-reports/{DemoYear}");

        Assert.Contains($"西陵区人民政府{DemoYear}年政府信息公开工作年度报告", list, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"7\">申请人情况</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"8\">（三）不予公开</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">未经复议直接起诉</th>", page, StringComparison.Ordinal);
        Assert.Contains("五、存在的主要问题及改进情况", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_not_public_but_staff_in_scope_read_it_flagged_as_draft()
    {
        var anonymous = platform.CreateClient();
        var staff = await SignedInAsync("bgs.zhuren");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/disclosure/annual-reports/{DemoYear - 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/disclosure/annual-reports/{DemoYear - 1}")).StatusCode);
        var draft = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/annual-reports/{DemoYear - 1}");
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(4, Rows(draft)["一"][6]);
    }

    [Fact]
    public async Task Publishing_is_refused_while_the_year_has_not_ended()
    {
        var staff = await SignedInAsync("bgs.zhuren");
        var year = DateTime.UtcNow.AddHours(8).Year;
        var saved = await staff.Client.PutAsJsonAsync($"/api/v1/disclosure/annual-reports/{year}?agency=xlq", Input(0));
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();

        var published = await staff.Client.PostAsJsonAsync($"/api/v1/disclosure/annual-reports/{year}/publish?agency=xlq", new { version });

        Assert.Equal(HttpStatusCode.Conflict, published.StatusCode);
        Assert.Equal("disclosure.report_year_not_ended", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Publishing_is_refused_when_a_concluded_request_has_no_outcome_and_names_the_failing_columns()
    {
        const int year = 2023;
        await ReportTestData.AddConcludedWithoutOutcomeAsync(platform, await ReportTestData.DepartmentAsync(platform, "xlq"), await ReportTestData.DepartmentAsync(platform, "xlq-zfb"), year);
        var staff = await SignedInAsync("bgs.zhuren");
        var page = $"/office/disclosure/annual-reports/{year}/xlq";
        var saved = await staff.PostFormAsync(page, Form(0), $"{page}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var response = await staff.PostFormAsync(page, Form(1), $"{page}?handler=Publish");
        var check = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/annual-reports/{year}/check?agency=xlq");
        var api = await staff.Client.PostAsJsonAsync($"/api/v1/disclosure/annual-reports/{year}/publish?agency=xlq", new { version = 1 });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("表三的勾稽关系不成立，不能发布。不平衡的列：自然人、总计。", html, StringComparison.Ordinal);
        Assert.False(check.GetProperty("balanced").GetBoolean());
        Assert.Equal(["自然人", "总计"], check.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("column").GetString()));
        Assert.Equal("disclosure.report_unbalanced", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await platform.CreateClient().GetAsync($"/disclosure/annual-reports/{year}")).StatusCode);
    }

    [Fact]
    public async Task A_manager_cannot_edit_the_report_of_an_agency_outside_the_scope()
    {
        var government = await SignedInAsync("bgs.zhuren");
        var market = await SignedInAsync("scjg.shenhe");

        var foreign = await government.Client.PutAsJsonAsync($"/api/v1/disclosure/annual-reports/{DemoYear - 1}?agency=xlq-scjg", Input(0));
        var ownRead = await market.Client.GetAsync($"/office/disclosure/annual-reports/{DemoYear}/xlq-scjg");
        var otherRead = await market.Client.GetAsync($"/office/disclosure/annual-reports/{DemoYear}/xlq");
        var otherEdit = await market.Client.PutAsJsonAsync($"/api/v1/disclosure/annual-reports/{DemoYear - 1}?agency=xlq", Input(0));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownRead.StatusCode);
        Assert.DoesNotContain("handler=Save", await ownRead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, otherRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherEdit.StatusCode);
    }

    [Fact]
    public async Task Excel_export_has_one_sheet_per_table_with_the_headers_of_the_format_and_the_check()
    {
        var bytes = await platform.CreateClient().GetByteArrayAsync($"/api/v1/disclosure/annual-reports/{DemoYear}/excel");

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var texts = workbook.Worksheets.ToDictionary(s => s.Name, s => s.CellsUsed().Select(c => c.GetString()).ToList());
        Assert.Equal(["表二 主动公开", "表三 申请情况", "表四 复议诉讼"], texts.Keys);
        Assert.Contains("第二十条第（一）项", texts["表二 主动公开"]);
        Assert.Contains("本年收费金额（单位：万元）", texts["表二 主动公开"]);
        Assert.Contains("申请人情况", texts["表三 申请情况"]);
        Assert.Contains("法人或其他组织", texts["表三 申请情况"]);
        Assert.Contains("勾稽关系检查", texts["表三 申请情况"]);
        Assert.DoesNotContain(texts["表三 申请情况"], t => t.StartsWith("不成立", StringComparison.Ordinal));
        Assert.Contains("未经复议直接起诉", texts["表四 复议诉讼"]);
    }

    [Fact]
    public async Task Pdf_export_prints_the_published_report_with_its_tables()
    {
        var response = await platform.CreateClient().GetAsync($"/api/v1/disclosure/annual-reports/{DemoYear}/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"西陵区人民政府{DemoYear}年政府信息公开工作年度报告", text, StringComparison.Ordinal);
        Assert.Contains("本年新收政府信息公开申请数量", text, StringComparison.Ordinal);
        Assert.Contains("结转下年度继续办理", text, StringComparison.Ordinal);
        Assert.DoesNotContain("不成立", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_count_the_requests_in_scope_with_overdue_and_average_working_days()
    {
        var staff = await SignedInAsync("bgs.zhuren");
        var government = await ReportTestData.DepartmentAsync(platform, "xlq");
        var received = (await ReportTestData.RequestsAsync(platform, government)).Count(r => r.ReceivedOn?.Year == DemoYear);

        var stats = await staff.Client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/office/statistics?year={DemoYear}");
        var page = await staff.Client.GetStringAsync($"/office/disclosure/statistics?year={DemoYear}");

        var agencies = stats.GetProperty("byAgency").EnumerateArray().ToList();
        Assert.Equal("西陵区人民政府", Assert.Single(agencies).GetProperty("name").GetString());
        Assert.Equal(received, stats.GetProperty("received").GetInt32());
        Assert.True(stats.GetProperty("overdueNow").GetInt32() >= 1);
        Assert.InRange(stats.GetProperty("averageWorkingDays").GetDouble(), 3, 40);
        Assert.Equal(12, stats.GetProperty("byMonth").GetArrayLength());
        Assert.Contains("id=\"disclosure-statistics-data\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    private static object Input(long version) => new
    {
        overview = "本年度政府信息公开工作总体情况。",
        problems = "存在的问题及改进措施。",
        otherMatters = "无。",
        licensingDecisions = 1,
        penaltyDecisions = 2,
        enforcementDecisions = 0,
        feeAmountTenThousandYuan = 0.5m,
        version,
    };

    private static Dictionary<string, string> Form(long version) => new()
    {
        ["Input.Overview"] = "测试年度的总体情况。",
        ["Input.Problems"] = "测试年度的问题。",
        ["Input.OtherMatters"] = "无。",
        ["Input.LicensingDecisions"] = "0",
        ["Input.PenaltyDecisions"] = "0",
        ["Input.EnforcementDecisions"] = "0",
        ["Input.FeeAmountTenThousandYuan"] = "0",
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

[Collection(SqliteCollection.Name)]
public sealed class AnnualReportOnSqlite(SqlitePlatform platform) : AnnualReportTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class AnnualReportOnPostgres(PostgresPlatform platform) : AnnualReportTests(platform);
