using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Disclosure.Intake;

/// <summary>依申请公开的受理: submission, receipt, tracking, confirmation (条例 第三十一条), registration, personal space, scope.</summary>
public abstract class IntakeTests(PlatformFactory platform) : IAsyncLifetime
{
    private readonly IntakeDriver _driver = new(platform);

    public Task InitializeAsync() => _driver.EnsureGovernmentOfficeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Online_request_is_tracked_and_its_20_working_days_start_when_staff_confirm_receipt()
    {
        var (number, code) = await IntakeDriver.SubmitAsync(new Browser(platform), IntakeDriver.PersonForm("王小明"));
        Assert.Matches($"^{IntakeDriver.Today.Year}YSQ\\d{{5}}$", number);
        Assert.Equal(8, code.Length);

        var waiting = await _driver.TrackAsync(number, code);
        Assert.Contains("待确认收到", waiting, StringComparison.Ordinal);
        Assert.Contains("西陵区人民政府", waiting, StringComparison.Ordinal);
        Assert.Contains("提交申请", waiting, StringComparison.Ordinal);

        var request = (await _driver.RequestAsync(number))!;
        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        Assert.Contains("138****0009", await clerk.Client.GetStringAsync($"/office/disclosure/requests/{request.Id}/confirm"), StringComparison.Ordinal);
        var confirmed = await clerk.PostFormAsync($"/office/disclosure/requests/{request.Id}/confirm", new Dictionary<string, string>
        {
            ["Input.ConfirmedOn"] = IntakeDriver.Today.ToString("yyyy-MM-dd"),
            ["Input.Note"] = "电话确认，申请人本人接听",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var due = await _driver.WorkingDaysAfterAsync(IntakeDriver.Today, 20);
        var handling = await _driver.TrackAsync(number, code);
        Assert.Contains("办理中", handling, StringComparison.Ordinal);
        Assert.Contains("确认收到申请", handling, StringComparison.Ordinal);
        Assert.Contains($"答复期限：{IntakeDriver.Day(due)}", handling, StringComparison.Ordinal);
        Assert.DoesNotContain("李文静", handling, StringComparison.Ordinal); // never the staff's names
        var stored = (await _driver.RequestAsync(number))!;
        Assert.Equal(IntakeDriver.Today, stored.ReceivedOn);
        Assert.Equal(RequestState.Handling, stored.State);
        Assert.NotNull(stored.ClockId);
        await using var scope = platform.Scope();
        var items = await PlatformFactory.Db(scope).Set<EGov.Platform.Inbox.WorkItem>().AsNoTracking().Where(w => w.CaseId == stored.Id.ToString()).ToListAsync();
        Assert.NotNull(items.Single(w => w.Kind == "request.confirm").CompletedAt);
        var handle = items.Single(w => w.Kind == "request.handle");
        Assert.Null(handle.CompletedAt);
        Assert.Equal(due, handle.DueDate);
        Assert.Equal(stored.ClockId, handle.ClockId);
    }

    [Fact]
    public async Task Registered_mail_is_received_on_the_day_the_office_signed_for_it()
    {
        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var signedFor = IntakeDriver.Today.AddDays(-3);
        var body = IntakeDriver.PersonJson("挂号信申请人");
        body["channel"] = nameof(RequestChannel.RegisteredMail);
        body["submittedOn"] = IntakeDriver.Today.AddDays(-6).ToString("yyyy-MM-dd");
        body["signedForOn"] = signedFor.ToString("yyyy-MM-dd");

        var response = await clerk.Client.PostAsJsonAsync("/api/v1/disclosure/requests/register", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(signedFor.ToString("yyyy-MM-dd"), json.GetProperty("receivedOn").GetString());
        Assert.Equal((await _driver.WorkingDaysAfterAsync(signedFor, 20)).ToString("yyyy-MM-dd"), json.GetProperty("dueDate").GetString());
        Assert.Equal("Handling", json.GetProperty("state").GetString());
        var stored = (await _driver.RequestAsync(json.GetProperty("number").GetString()!))!;
        Assert.Equal(RequestChannel.RegisteredMail, stored.Channel);
        Assert.Equal(signedFor, stored.SignedForOn);
    }

    [Fact]
    public async Task Ordinary_mail_waits_for_the_confirmation_and_the_clock_starts_on_that_day()
    {
        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var posted = IntakeDriver.Today.AddDays(-4);
        var body = IntakeDriver.PersonJson("平信申请人");
        body["channel"] = nameof(RequestChannel.OrdinaryMail);
        body["submittedOn"] = posted.ToString("yyyy-MM-dd");

        var registered = await (await clerk.Client.PostAsJsonAsync("/api/v1/disclosure/requests/register", body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("AwaitingConfirmation", registered.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("receivedOn").ValueKind);
        var id = registered.GetProperty("id").GetGuid();
        var early = await clerk.Client.PostAsJsonAsync($"/api/v1/disclosure/requests/{id}/confirm", new { confirmedOn = posted.AddDays(-1), note = "电话确认" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var confirmedOn = IntakeDriver.Today.AddDays(-1);
        var confirmed = await clerk.Client.PostAsJsonAsync($"/api/v1/disclosure/requests/{id}/confirm", new { confirmedOn, note = "电话确认，申请人联系上" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var receipt = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(confirmedOn.ToString("yyyy-MM-dd"), receipt.GetProperty("receivedOn").GetString());
        Assert.Equal((await _driver.WorkingDaysAfterAsync(confirmedOn, 20)).ToString("yyyy-MM-dd"), receipt.GetProperty("dueDate").GetString());
        var again = await clerk.Client.PostAsJsonAsync($"/api/v1/disclosure/requests/{id}/confirm", new { confirmedOn, note = "重复确认" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Registered_mail_without_a_signed_for_date_is_refused()
    {
        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var body = IntakeDriver.PersonJson("缺签收日期申请人");
        body["channel"] = nameof(RequestChannel.RegisteredMail);
        body["submittedOn"] = IntakeDriver.Today.ToString("yyyy-MM-dd");

        var response = await clerk.Client.PostAsJsonAsync("/api/v1/disclosure/requests/register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("挂号信等需签收的邮件，请填写签收日期。", problem.GetProperty("errors").GetProperty("SignedForOn")[0].GetString());
    }

    [Fact]
    public async Task Wrong_code_and_unknown_number_get_the_same_generic_answer()
    {
        var (number, _) = await IntakeDriver.SubmitAsync(new Browser(platform), IntakeDriver.PersonForm("查询码测试人"));
        var client = platform.CreateClient();

        var wrongCode = await client.PostAsJsonAsync("/api/v1/disclosure/requests/track", new { number, code = "AAAA2222" });
        var unknownNumber = await client.PostAsJsonAsync("/api/v1/disclosure/requests/track", new { number = "1999YSQ99999", code = "AAAA2222" });
        var page = await _driver.TrackAsync(number, "AAAA2222");

        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownNumber.StatusCode);
        var first = (await wrongCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        var second = (await unknownNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal("申请编号或查询码不正确，请核对回执后重新输入。", first);
        Assert.Equal(first, second);
        Assert.Contains(first!, page, StringComparison.Ordinal);
        Assert.DoesNotContain("待确认收到", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_submission_returns_number_and_code_once_and_tracks_with_them()
    {
        var response = await platform.CreateClient().PostAsJsonAsync("/api/v1/disclosure/requests", IntakeDriver.PersonJson("接口申请人"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("number").GetString();
        var code = receipt.GetProperty("queryCode").GetString();
        var tracked = await platform.CreateClient().PostAsJsonAsync("/api/v1/disclosure/requests/track", new { number, code = code!.ToLowerInvariant() });
        var view = await tracked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AwaitingConfirmation", view.GetProperty("state").GetString());
        Assert.Equal("待确认收到", view.GetProperty("stateName").GetString());
        Assert.Equal("接****", view.GetProperty("applicantName").GetString());
        var stored = (await _driver.RequestAsync(number!))!;
        Assert.DoesNotContain(code, stored.QueryCodeHash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_resident_id_is_a_chinese_field_error_and_nothing_is_saved()
    {
        var response = await platform.CreateClient().PostAsJsonAsync("/api/v1/disclosure/requests", IntakeDriver.PersonJson("身份证错误人", "420502199001011239"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("身份证号码校验位不正确", problem.GetProperty("errors").GetProperty("IdentityNumber")[0].GetString());
        await using var scope = platform.Scope();
        Assert.False(await PlatformFactory.Db(scope).Set<DisclosureRequest>().AnyAsync(r => r.ApplicantName == "身份证错误人"));
    }

    [Fact]
    public async Task Form_errors_are_shown_next_to_the_fields_in_chinese()
    {
        var form = IntakeDriver.PersonForm("");
        form["Input.DeliveryMethod"] = nameof(DeliveryMethod.Email);

        var response = await new Browser(platform).PostFormAsync("/disclosure/requests/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写申请人姓名。", html, StringComparison.Ordinal);
        Assert.Contains("选择电子邮件的，请填写电子邮箱。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_concurrent_submissions_get_distinct_numbers()
    {
        var posts = Enumerable.Range(1, 2).Select(i => platform.CreateClient().PostAsJsonAsync("/api/v1/disclosure/requests", IntakeDriver.PersonJson($"并发申请人{i}")));

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()));
        Assert.Equal(2, numbers.Distinct().Count());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IntakeOnSqlite(SqlitePlatform platform) : IntakeTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class IntakeOnPostgres(PostgresPlatform platform) : IntakeTests(platform);
