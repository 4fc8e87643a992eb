using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Attachments;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Disclosure.Intake;

/// <summary>Who sees a request: its applicant's account, staff in scope of its handling office, nobody else.</summary>
public abstract partial class IntakeAccessTests(PlatformFactory platform) : IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    private readonly IntakeDriver _driver = new(platform);

    public Task InitializeAsync() => _driver.EnsureGovernmentOfficeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signed_in_citizen_gets_a_prefilled_form_and_finds_the_request_in_the_personal_space()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var form = await citizen.Client.GetStringAsync("/disclosure/requests/new?agency=xlq");
        Assert.Contains("value=\"张三\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{IntakeDriver.ValidResidentId}\"", form, StringComparison.Ordinal);

        var (number, _) = await IntakeDriver.SubmitAsync(citizen, IntakeDriver.PersonForm("张三"));

        var mine = await citizen.Client.GetStringAsync("/my/disclosure");
        Assert.Contains(number, mine, StringComparison.Ordinal);
        var request = (await _driver.RequestAsync(number))!;
        Assert.NotNull(request.AccountId);
        var details = await citizen.GetAsync($"/my/disclosure/{request.Id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var api = await citizen.Client.GetFromJsonAsync<JsonElement>("/api/v1/disclosure/my/requests");
        Assert.Contains(api.EnumerateArray(), r => r.GetProperty("number").GetString() == number);
        Assert.Contains("/my/disclosure", await citizen.Client.GetStringAsync("/my"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_cannot_open_someone_elses_request()
    {
        var citizen = await _driver.SignedInAsync("shimin");
        var (number, _) = await IntakeDriver.SubmitAsync(citizen, IntakeDriver.PersonForm("张三"));
        var request = (await _driver.RequestAsync(number))!;
        var other = await _driver.SignedInAsync("qiye");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/disclosure/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/disclosure/my/requests/{request.Id}")).StatusCode);
        Assert.DoesNotContain(number, await other.Client.GetStringAsync("/my/disclosure"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_list_shows_the_request_to_its_office_with_masked_name_and_hides_it_from_another_department()
    {
        var (number, _) = await IntakeDriver.SubmitAsync(new Browser(platform), IntakeDriver.PersonForm("欧阳娜娜"));
        var request = (await _driver.RequestAsync(number))!;

        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var list = await clerk.Client.GetStringAsync($"/office/disclosure/requests?number={number}");
        Assert.Contains(number, list, StringComparison.Ordinal);
        Assert.Contains("欧阳**", list, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳娜娜", list, StringComparison.Ordinal);
        Assert.Contains("未起算", list, StringComparison.Ordinal);
        var export = await clerk.GetAsync($"/api/v1/disclosure/requests/export?number={number}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);

        var other = await _driver.SignedInAsync("scjg.shenhe");
        Assert.DoesNotContain(number, await other.Client.GetStringAsync("/office/disclosure/requests"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/office/disclosure/requests/{request.Id}/confirm")).StatusCode);
        var api = await other.Client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosure/requests?number={number}");
        Assert.Equal(0, api.GetProperty("total").GetInt32());
        var confirm = await other.Client.PostAsJsonAsync($"/api/v1/disclosure/requests/{request.Id}/confirm", new { confirmedOn = IntakeDriver.Today, note = "电话确认" });
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(RequestState.AwaitingConfirmation, (await _driver.RequestAsync(number))!.State);
    }

    [Fact]
    public async Task Overdue_filter_lists_only_requests_past_their_reply_date()
    {
        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var body = IntakeDriver.PersonJson("逾期申请人");
        body["channel"] = nameof(RequestChannel.InPerson);
        body["submittedOn"] = IntakeDriver.Today.AddDays(-60).ToString("yyyy-MM-dd");
        var registered = await (await clerk.Client.PostAsJsonAsync("/api/v1/disclosure/requests/register", body)).Content.ReadFromJsonAsync<JsonElement>();
        var number = registered.GetProperty("number").GetString()!;

        var overdue = await clerk.Client.GetStringAsync("/office/disclosure/requests?due=overdue");
        var warning = await clerk.Client.GetStringAsync("/office/disclosure/requests?due=warning");

        Assert.Contains(number, overdue, StringComparison.Ordinal);
        Assert.Contains("<span class=\"level-overdue px-1\">已逾期</span>", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(number, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_proof_is_readable_by_the_office_in_scope_only()
    {
        var form = IntakeDriver.PersonForm("附件申请人");
        var anonymous = new Browser(platform);
        var page = await anonymous.Client.GetStringAsync("/disclosure/requests/new");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in form)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new ByteArrayContent(Pdf), "Files", "身份证.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Client.PostAsync("/disclosure/requests/new", content)).StatusCode);
        var number = IdPattern().Match(await anonymous.Client.GetStringAsync("/disclosure/requests/receipt")).Groups[1].Value;
        var request = (await _driver.RequestAsync(number))!;
        await using var scope = platform.Scope();
        var attachmentId = PlatformFactory.Db(scope).Set<RequestDocument>().Single(d => d.RequestId == request.Id).AttachmentId;

        var clerk = await _driver.SignedInAsync("bgs.keyuan");
        var other = await _driver.SignedInAsync("scjg.shenhe");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/attachments/{attachmentId}")).StatusCode);
    }

    [Fact]
    public async Task Delivered_document_downloads_through_a_link_without_an_account()
    {
        var (number, code) = await IntakeDriver.SubmitAsync(new Browser(platform), IntakeDriver.PersonForm("文书申请人"));
        var request = (await _driver.RequestAsync(number))!;
        await using (var scope = platform.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
            var file = (await store.SaveAsync(new MemoryStream(Pdf), "答复告知书.pdf", "application/pdf", new AttachmentOwner("disclosure", request.Id.ToString()))).Value;
            var db = PlatformFactory.Db(scope);
            db.Add(new RequestDocument { RequestId = request.Id, AttachmentId = file.Id, Kind = RequestDocumentKind.ReplyLetter, Title = "政府信息公开申请答复告知书", VisibleToApplicant = true, CreatedAt = DateTime.UtcNow });
            db.Add(new RequestDocument { RequestId = request.Id, AttachmentId = file.Id, Kind = RequestDocumentKind.ApplicationMaterial, Title = "内部审批稿", VisibleToApplicant = false, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var html = await _driver.TrackAsync(number, code);

        Assert.Contains("政府信息公开申请答复告知书", html, StringComparison.Ordinal);
        Assert.DoesNotContain("内部审批稿", html, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(LinkPattern().Match(html).Groups[1].Value);
        var download = await platform.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await platform.CreateClient().GetAsync(link[..^4] + "AAAA")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("id=\"receipt-number\"[^>]*>([^<]+)<")]
    private static partial Regex IdPattern();

    [GeneratedRegex("href=\"(/disclosure/requests/documents/[^\"]+)\"")]
    private static partial Regex LinkPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class IntakeAccessOnSqlite(SqlitePlatform platform) : IntakeAccessTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class IntakeAccessOnPostgres(PostgresPlatform platform) : IntakeAccessTests(platform);
