using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;

namespace EGov.IntegrationTests.Calendar;

public abstract class CalendarApiTests(PlatformFactory platform)
{
    private readonly HttpClient _client = platform.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Adding_working_days_across_National_Day_is_public()
    {
        var json = await _client.GetStringAsync("/api/v1/calendar/working-days/add?from=2025-09-26&days=20");

        Assert.Equal("""{"from":"2025-09-26","days":20,"date":"2025-10-30","calendarKnown":true}""", json);
    }

    [Fact]
    public async Task Counting_working_days_flags_a_year_without_data()
    {
        // 2099 has no holiday data: Monday–Friday only. Thu 2099-01-01 .. Wed 2099-01-07 → 01-02, 01-05..07 = 4.
        var json = await _client.GetStringAsync("/api/v1/calendar/working-days/between?from=2099-01-01&to=2099-01-07");

        Assert.Equal("""{"from":"2099-01-01","to":"2099-01-07","workingDays":4,"calendarKnown":false}""", json);
    }

    [Fact]
    public async Task A_day_answers_whether_it_is_a_working_day_and_its_holiday()
    {
        var holiday = await _client.GetStringAsync("/api/v1/calendar/days/2026-02-17");
        var plain = await _client.GetStringAsync("/api/v1/calendar/days/2026-03-02");

        Assert.Equal("""{"date":"2026-02-17","isWorkingDay":false,"name":"春节","calendarKnown":true}""", holiday);
        Assert.Equal("""{"date":"2026-03-02","isWorkingDay":true,"name":null,"calendarKnown":true}""", plain);
    }

    [Theory]
    [InlineData("/api/v1/calendar/working-days/add?from=2025-9-26&days=20", "from", "日期格式不正确，应为 YYYY-MM-DD")]
    [InlineData("/api/v1/calendar/working-days/add?from=2025-09-26", "days", "缺少参数 days")]
    [InlineData("/api/v1/calendar/working-days/add?from=2025-09-26&days=100000", "days", "工作日数 100000 超出允许范围（-3650 至 3650）")]
    [InlineData("/api/v1/calendar/working-days/between?from=2025-09-26", "to", "缺少参数 to")]
    [InlineData("/api/v1/calendar/days/yesterday", "date", "日期格式不正确，应为 YYYY-MM-DD")]
    public async Task Bad_input_is_a_400_problem_in_Chinese(string url, string field, string message)
    {
        var response = await _client.GetAsync(url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("请求参数有误", problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task The_endpoints_are_described_in_Chinese_in_the_OpenAPI_document()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");

        var add = document.GetProperty("paths").GetProperty("/api/v1/calendar/working-days/add").GetProperty("get");
        Assert.Equal("计算若干个工作日之后的日期", add.GetProperty("summary").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarApiTestsOnSqlite(SqlitePlatform platform) : CalendarApiTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class CalendarApiTestsOnPostgres(PostgresPlatform platform) : CalendarApiTests(platform);
