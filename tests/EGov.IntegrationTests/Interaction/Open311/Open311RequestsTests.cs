using System.Net;
using System.Net.Http.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Moderation;
using EGov.Interaction.Domain.Open311;
using EGov.Interaction.Open311.Demo;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Interaction.Open311;

public abstract class Open311RequestsTests(PlatformFactory platform)
{
    private readonly Open311Http _open311 = new(platform);

    [Fact]
    public async Task A_request_from_the_demo_client_becomes_a_letter_in_the_district_head_mailbox_and_can_be_read_back()
    {
        var posted = await _open311.PostAsync(Open311Http.Request("西陵一路菜市场有摊贩出售过期食品，请市场监管部门查处。"));

        var number = posted[0].GetProperty("service_request_id").GetString()!;
        Assert.Equal("app-user-42", posted[0].GetProperty("account_id").GetString());
        Assert.False(posted[0].TryGetProperty("token", out _));
        Assert.Contains("答复期限", posted[0].GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var letter = await db.Set<Letter>().AsNoTracking().SingleAsync(l => l.Number == number);
            var demo = await db.Set<ApiClient>().AsNoTracking().SingleAsync(c => c.Name == Open311DemoSeeder.DemoName);
            var organization = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            Assert.Equal(LetterChannel.Open311, letter.Channel);
            Assert.Equal(demo.Id, letter.ApiClientId);
            Assert.NotNull(demo.LastUsedAt);
            Assert.Equal("李四", letter.WriterName);
            Assert.Equal("西陵一路菜市场有摊贩出售过期食品，请市场监管部门查处。", letter.Subject);
            Assert.Equal((await organization.FindByCodeAsync("xlq-zfb"))!.Id, letter.MailboxDepartmentId);
            Assert.Equal((await organization.FindByCodeAsync("xlq-scjg"))!.Id, letter.HandlingDepartmentId);
            Assert.True(await db.Set<WorkItem>().AnyAsync(w => w.CaseId == letter.Id.ToString() && w.CompletedAt == null));
        }

        var xml = await _open311.XmlAsync($"/requests/{number}.xml");
        var request = xml.Root!.Element("request")!;
        Assert.Equal("service_requests", xml.Root.Name.LocalName);
        Assert.Equal(number, request.Element("service_request_id")!.Value);
        Assert.Equal("open", request.Element("status")!.Value);
        Assert.Equal("complaint", request.Element("service_code")!.Value);
        Assert.Equal("西陵区市场监督管理局", request.Element("agency_responsible")!.Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", request.Element("expected_datetime")!.Value);
        Assert.Matches(@"\+08:00$", request.Element("requested_datetime")!.Value);
        Assert.Equal("30.6925", request.Element("lat")!.Value);
        Assert.Equal("https://img.example.com/report/1.jpg", request.Element("media_url")!.Value);
        Assert.DoesNotContain("13800000009", xml.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("李四", xml.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_missing_key_is_403_with_the_error_body()
    {
        var unknown = await _open311.PostAsync(Open311Http.Request("夜间施工噪音很大，影响居民休息，请处理。"), HttpStatusCode.Forbidden, "not-a-key");
        var missing = await _open311.PostAsync(Open311Http.Request("夜间施工噪音很大，影响居民休息，请处理。"), HttpStatusCode.Forbidden, apiKey: null);

        Assert.Equal(403, unknown[0].GetProperty("code").GetInt32());
        Assert.Contains("api_key", unknown[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(403, missing[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_key_revoked_by_staff_is_refused_with_403()
    {
        var staff = await ClientsApiClient.SignInAsync(platform, "bgs.zhuren");
        var issued = await staff.RegisterAsync("西陵社区网格通", "网格办 王五 0717-6000001");
        var key = issued.GetProperty("apiKey").GetString()!;
        await _open311.PostAsync(Open311Http.Request("小区门口井盖松动，车辆经过声音很大。", "help_request"), apiKey: key);

        await staff.RevokeAsync(issued.GetProperty("id").GetGuid());
        var refused = await _open311.PostAsync(Open311Http.Request("小区门口井盖松动，车辆经过声音很大。", "help_request"), HttpStatusCode.Forbidden, key);

        Assert.Contains("吊销", refused[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var listed = await staff.ListAsync();
        var row = listed.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == issued.GetProperty("id").GetGuid());
        Assert.True(row.GetProperty("revoked").GetBoolean());
        Assert.NotEqual(JsonValueKindNull, row.GetProperty("lastUsedAt").ValueKind);
        Assert.Equal(key[..8], row.GetProperty("keyPrefix").GetString());
    }

    [Fact]
    public async Task A_request_without_a_location_is_400()
    {
        var fields = Open311Http.Request("路灯不亮已经一周了，晚上出行很不方便。", "help_request");
        fields.Remove("lat");
        fields.Remove("long");
        fields.Remove("address_string");

        var refused = await _open311.PostAsync(fields, HttpStatusCode.BadRequest);

        Assert.Equal(400, refused[0].GetProperty("code").GetInt32());
        Assert.Contains("address_string", refused[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_held_by_the_sensitive_word_filter_gets_only_a_token_until_it_is_registered()
    {
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            if (!await db.Set<SensitiveWord>().AnyAsync(w => w.Word == "开放接口禁词"))
            {
                db.Add(new SensitiveWord { Word = "开放接口禁词" });
                await db.SaveChangesAsync();
            }
        }

        var posted = await _open311.PostAsync(Open311Http.Request("这里有开放接口禁词，需要人工审核后再登记。", "suggestion"));
        var token = posted[0].GetProperty("token").GetString()!;
        Assert.False(posted[0].TryGetProperty("service_request_id", out _));

        var pending = await _open311.JsonAsync($"/tokens/{token}.json");
        Assert.Equal(token, pending[0].GetProperty("token").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, pending[0].GetProperty("service_request_id").ValueKind);
        string number;
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var letter = await db.Set<Letter>().SingleAsync(l => l.Open311Token == token);
            Assert.Equal(LetterState.Held, letter.State);
            await _open311.JsonAsync($"/requests/{letter.Number}.json", HttpStatusCode.NotFound);

            // Staff release it (the moderation page's step, reduced to its effect on the record).
            (letter.State, letter.RegisteredOn, number) = (LetterState.Registered, DateOnly.FromDateTime(DateTime.UtcNow), letter.Number);
            await db.SaveChangesAsync();
        }

        var registered = await _open311.XmlAsync($"/tokens/{token}.xml");
        Assert.Equal(number, registered.Root!.Element("request")!.Element("service_request_id")!.Value);
        Assert.Equal("open", (await _open311.JsonAsync($"/requests/{number}.json"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Requests_are_filtered_by_status_service_code_dates_and_ids()
    {
        var report = (await _open311.PostAsync(Open311Http.Request("河边有企业夜间偷排污水，气味刺鼻。", "report")))[0].GetProperty("service_request_id").GetString()!;
        var consultation = (await _open311.PostAsync(Open311Http.Request("请问老旧小区加装电梯有什么补贴政策？", "consultation")))[0].GetProperty("service_request_id").GetString()!;
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            var letter = await db.Set<Letter>().SingleAsync(l => l.Number == consultation);
            (letter.State, letter.RejectionReason) = (LetterState.Rejected, "请向区住建局咨询热线询问。");
            await db.SaveChangesAsync();
        }

        var open = Numbers(await _open311.JsonAsync("/requests.json?status=open"));
        var closed = await _open311.XmlAsync("/requests.xml?status=closed&service_code=consultation");
        var reports = Numbers(await _open311.JsonAsync("/requests.json?service_code=report"));
        var old = Numbers(await _open311.JsonAsync("/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00%2B08:00"));
        var both = Numbers(await _open311.JsonAsync($"/requests.json?service_request_id={report},{consultation}&status=open"));

        Assert.Contains(report, open);
        Assert.DoesNotContain(consultation, open);
        var rejected = closed.Root!.Elements("request").Single(r => r.Element("service_request_id")!.Value == consultation);
        Assert.Equal("closed", rejected.Element("status")!.Value);
        Assert.Equal("不予受理：请向区住建局咨询热线询问。", rejected.Element("status_notes")!.Value);
        Assert.Contains(report, reports);
        Assert.DoesNotContain(consultation, reports);
        Assert.Empty(old);
        Assert.Equal(new[] { consultation, report }.Order(StringComparer.Ordinal), both.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bad_query_parameters_are_400()
    {
        var errors = await _open311.JsonAsync("/requests.json?status=pending&start_date=2026-01-01", HttpStatusCode.BadRequest);

        Assert.Equal(2, errors.GetArrayLength());
        await _open311.JsonAsync("/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", HttpStatusCode.BadRequest);
        await _open311.JsonAsync("/tokens/0000.json", HttpStatusCode.NotFound);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static List<string> Numbers(System.Text.Json.JsonElement requests)
        => requests.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class Open311RequestsOnSqlite(SqlitePlatform platform) : Open311RequestsTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class Open311RequestsOnPostgres(PostgresPlatform platform) : Open311RequestsTests(platform);
