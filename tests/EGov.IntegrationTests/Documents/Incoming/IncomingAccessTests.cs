using System.Net;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Reading;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EGov.IntegrationTests.Documents.Incoming.IncomingFixtures;

namespace EGov.IntegrationTests.Documents.Incoming;

/// <summary>Circulation reader by reader, the return at 初审, paper registration, department scope and permissions.</summary>
public abstract class IncomingAccessTests(PlatformFactory platform)
{
    private static async Task CheckedAsync(IncomingClient clerk, Guid id, string outcome)
    {
        await clerk.StepAsync(id, "receive");
        await clerk.StepAsync(id, "register");
        await clerk.StepAsync(id, "check", new { outcome });
    }

    [Fact]
    public async Task Circulation_is_tracked_reader_by_reader_and_only_readers_see_it()
    {
        var id = await DeliverAsync(platform);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        await CheckedAsync(clerk, id, "reading");
        var reader = await IncomingClient.SignInAsync(platform, "bgs.zhuren");
        var outsider = await IncomingClient.SignInAsync(platform, "xljd.zhuren");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetJsonAsync(IncomingClient.Url(id))).Status);

        var circulated = await clerk.StepAsync(id, "circulate", new { readers = new[] { "bgs.zhuren", Leader } });
        Assert.Equal(2, circulated.GetProperty("circulation").GetArrayLength());
        Assert.Equal(["incoming.circulating", "incoming.read", "incoming.read"], await OpenWorkAsync(platform, id));

        var (status, list) = await reader.GetJsonAsync("/api/v1/documents/incoming?tab=read");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        var read = await reader.StepAsync(id, "read", new { remark = "已阅，请各科室遵照执行。" });

        var lines = read.GetProperty("circulation").EnumerateArray().ToDictionary(c => c.GetProperty("reader").GetString()!);
        Assert.Equal("已阅，请各科室遵照执行。", lines["王建国"].GetProperty("remark").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, lines["王建国"].GetProperty("readAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lines["林涛"].GetProperty("readAt").ValueKind);
        Assert.Equal(["incoming.circulating", "incoming.read"], await OpenWorkAsync(platform, id));
        await reader.RefusedAsync(id, "read", new { }, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetJsonAsync(IncomingClient.Url(id))).Status);
        await outsider.RefusedAsync(id, "read", new { }, HttpStatusCode.NotFound);
        var again = await clerk.RefusedAsync(id, "circulate", new { readers = new[] { "bgs.zhuren" } }, HttpStatusCode.BadRequest);
        Assert.Equal("documents.already_circulated", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_document_returned_at_the_first_check_shows_the_reasons_to_the_sender()
    {
        var reference = $"outgoing:{Guid.NewGuid():N}";
        var id = await DeliverAsync(platform, EGov.Documents.Domain.Urgency.ExtraUrgent, reference, "xlq-zfb");
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(id, "receive");
        await clerk.StepAsync(id, "register");

        var missing = await clerk.RefusedAsync(id, "check", new { outcome = "return" }, HttpStatusCode.BadRequest);
        Assert.Equal("请填写退回理由。", missing.GetProperty("detail").GetString());
        var returned = await clerk.StepAsync(id, "check", new { outcome = "return", reason = "本单位不是该事项的主管部门，请改送区发改局。" });

        Assert.Equal("returned", returned.GetProperty("state").GetString());
        await using var scope = platform.Scope();
        var feedback = await scope.ServiceProvider.GetRequiredService<IncomingFeedback>().ForSourceAsync(reference, CancellationToken.None);
        var line = Assert.Single(feedback);
        Assert.Equal((IncomingState.Returned, "本单位不是该事项的主管部门，请改送区发改局。"), (line.State, line.ReturnReason));
        var returns = await scope.ServiceProvider.GetRequiredService<IncomingFeedback>().ReturnedToAsync(await DepartmentAsync(platform, "xlq-zfb"), CancellationToken.None);
        Assert.Contains(returns, r => r.IncomingId == id);
        Assert.Empty(await OpenWorkAsync(platform, id));
    }

    [Fact]
    public async Task The_clerk_registers_a_paper_document_on_the_page_and_through_the_api()
    {
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        var page = await clerk.Browser.PostFormAsync("/office/documents/incoming/paper", new Dictionary<string, string>
        {
            ["Input.SenderAgency"] = "宜昌市市场监督管理局",
            ["Input.DocumentNumber"] = "宜市监发〔2026〕8号",
            ["Input.Title"] = "关于转发食品安全抽检计划的通知",
            ["Input.Type"] = "Notice",
            ["Input.Urgency"] = "Normal",
            ["Input.Secrecy"] = "None",
            ["Input.RecipientRole"] = "Main",
            ["Input.Copies"] = "2",
            ["Input.WrittenOn"] = "2026-03-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var fromPage = Guid.Parse(page.Headers.Location!.OriginalString.Split('/')[^1]);

        var api = await clerk.PostAsync("/api/v1/documents/incoming", new { senderAgency = "宜昌市人民政府", documentNumber = "宜府函〔2026〕5号", title = "关于商请配合调研的函", type = "函", urgency = "加急" });

        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        var stored = await LoadAsync(platform, fromPage);
        Assert.Equal((IncomingChannel.Paper, IncomingState.Received, 2), (stored.Channel, stored.State, stored.Copies));
        Assert.NotNull(stored.ReceivedAt);
        Assert.Equal(["incoming.register"], await OpenWorkAsync(platform, fromPage));
        var bad = await clerk.PostAsync("/api/v1/documents/incoming", new { senderAgency = "宜昌市人民政府", documentNumber = "宜府函〔2026〕6号", title = "函", type = "便条" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("文种", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_unit_neither_sees_nor_handles_the_document()
    {
        var id = await DeliverAsync(platform);
        var other = await IncomingClient.SignInAsync(platform, OtherClerk);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetJsonAsync(IncomingClient.Url(id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync(IncomingInboxUrl(id))).StatusCode);
        await other.RefusedAsync(id, "receive", new { }, HttpStatusCode.NotFound);
        var (_, list) = await other.GetJsonAsync("/api/v1/documents/incoming?tab=all");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_leader_without_the_clerks_permission_cannot_sign_for_it_and_a_clerk_cannot_instruct()
    {
        var id = await DeliverAsync(platform);
        var leader = await IncomingClient.SignInAsync(platform, Leader);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);

        await leader.RefusedAsync(id, "receive", new { }, HttpStatusCode.Forbidden);
        await CheckedAsync(clerk, id, "instruction");
        await clerk.StepAsync(id, "propose", new { proposal = "请领导阅示。" });
        await clerk.RefusedAsync(id, "instruct", new { instruction = "同意", leadDepartment = await DepartmentAsync(platform, Unit) }, HttpStatusCode.Forbidden);

        Assert.Equal(IncomingState.AwaitingInstruction, (await LoadAsync(platform, id)).State);
    }

    [Fact]
    public async Task The_document_page_shows_the_pdf_link_and_the_forms_the_clerk_may_use()
    {
        var id = await DeliverAsync(platform, pdf: MinimalPdf());
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);

        var html = await (await clerk.Browser.GetAsync(IncomingInboxUrl(id))).Content.ReadAsStringAsync();
        var pdf = await clerk.Browser.GetAsync(IncomingClient.Url(id, "pdf"));

        Assert.Contains("下载 PDF", html, StringComparison.Ordinal);
        Assert.Contains("签收", html, StringComparison.Ordinal);
        Assert.DoesNotContain("批办意见", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var list = await clerk.Browser.GetAsync("/office/documents/incoming?tab=receive&p=1");
        Assert.Contains(id.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var export = await clerk.Browser.GetAsync("/office/documents/incoming.xlsx?tab=receive");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    private static string IncomingInboxUrl(Guid id) => $"/office/documents/incoming/{id}";

    private static byte[] MinimalPdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

[Collection(SqliteCollection.Name)]
public sealed class IncomingAccessOnSqlite(SqlitePlatform platform) : IncomingAccessTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class IncomingAccessOnPostgres(PostgresPlatform platform) : IncomingAccessTests(platform);
