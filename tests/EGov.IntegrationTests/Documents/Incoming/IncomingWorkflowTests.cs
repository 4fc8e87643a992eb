using System.Net;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Clocks;
using EGov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using static EGov.IntegrationTests.Documents.Incoming.IncomingFixtures;

namespace EGov.IntegrationTests.Documents.Incoming;

/// <summary>收文办理 over the API with the demo accounts: the whole way of a 批办性 document, its clock, the reminder.</summary>
public abstract class IncomingWorkflowTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_urgent_document_goes_from_delivery_to_archive_with_every_step_recorded()
    {
        var id = await DeliverAsync(platform, Urgency.ExtraUrgent);
        Assert.Equal(["incoming.receive"], await OpenWorkAsync(platform, id));
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        var leader = await IncomingClient.SignInAsync(platform, Leader);
        var lead = await IncomingClient.SignInAsync(platform, "shuanggang");
        var assisting = await IncomingClient.SignInAsync(platform, OtherClerk);
        var fgw = await DepartmentAsync(platform, "xlq-fgw");
        var zfb = await DepartmentAsync(platform, "xlq-zfb");

        var received = await clerk.StepAsync(id, "receive", new { note = "清点无误", version = 1 });
        Assert.Equal("received", received.GetProperty("state").GetString());
        var registered = await clerk.StepAsync(id, "register", new { version = received.GetProperty("version").GetInt64() });
        Assert.Matches(@"^收文〔\d{4}〕[1-9]\d*号$", registered.GetProperty("incomingNumber").GetString());
        Assert.NotNull(registered.GetProperty("dueDate").GetString());
        await clerk.StepAsync(id, "check", new { outcome = "instruction" });
        await clerk.StepAsync(id, "propose", new { proposal = "建议由区发改局牵头办理，区政府办协办。" });
        Assert.Equal(["incoming.instruct"], await OpenWorkAsync(platform, id));
        var instructed = await leader.StepAsync(id, "instruct", new { instruction = "请发改局牵头，三日内报送结果。", leadDepartment = fgw, assistingDepartments = new[] { zfb } });
        Assert.Equal("handling", instructed.GetProperty("state").GetString());
        Assert.Equal(["incoming.assist", "incoming.handle"], await OpenWorkAsync(platform, id));

        await assisting.StepAsync(id, "opinion", new { opinion = "同意，已安排专人配合。" });
        await clerk.StepAsync(id, "remind", new { text = "请抓紧办理，今日下班前报送。" });
        await lead.StepAsync(id, "conclude", new { conclusion = "已完成专项检查，结果已报区政府办。" });
        var archived = await clerk.StepAsync(id, "archive", new { retention = "years30" });

        Assert.Equal("archived", archived.GetProperty("state").GetString());
        Assert.Equal("30年", archived.GetProperty("retention").GetString());
        var steps = archived.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.Equal(["delivered", "received", "registered", "checked", "proposed", "instructed", "opinion", "reminded", "concluded", "archived"], steps);
        Assert.Empty(await OpenWorkAsync(platform, id));
        var stored = await LoadAsync(platform, id);
        Assert.NotNull(stored.ReceivedAt);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        Assert.Equal(ClockState.Stopped, (await db.Set<StatutoryClock>().SingleAsync(c => c.Id == stored.ClockId)).State);
        Assert.Contains(await db.Set<SiteMessage>().Where(m => m.Module == "documents").Select(m => m.Title).ToListAsync(), t => t == $"催办：{stored.Title}");
        var audit = await db.Set<AuditEntry>().Where(a => a.ObjectId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("documents.incoming.instructed", audit);
        Assert.Contains("documents.incoming.archived", audit);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409()
    {
        var id = await DeliverAsync(platform);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);

        var refused = await clerk.RefusedAsync(id, "receive", new { version = 7 }, HttpStatusCode.Conflict);

        Assert.Equal("documents.incoming_changed", refused.GetProperty("code").GetString());
        Assert.Equal(IncomingState.Delivered, (await LoadAsync(platform, id)).State);
    }

    [Fact]
    public async Task Bad_input_gets_Chinese_problem_details()
    {
        var id = await DeliverAsync(platform);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(id, "receive");
        await clerk.StepAsync(id, "register");

        var refused = await clerk.RefusedAsync(id, "check", new { outcome = "maybe" }, HttpStatusCode.BadRequest);

        Assert.Equal("请求内容有误", refused.GetProperty("title").GetString());
        Assert.Equal("documents.bad_outcome", refused.GetProperty("code").GetString());
        Assert.Contains("初审结论", refused.GetProperty("errors").GetProperty("Outcome")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_out_of_order_is_refused()
    {
        var id = await DeliverAsync(platform);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);

        var refused = await clerk.RefusedAsync(id, "register", new { }, HttpStatusCode.Conflict);

        Assert.Contains("待签收", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urgent_documents_clock_runs_on_the_oversight_board()
    {
        var id = await DeliverAsync(platform, Urgency.Urgent);
        var clerk = await IncomingClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(id, "receive");
        await clerk.StepAsync(id, "register");
        var supervisor = await IncomingClient.SignInAsync(platform, "jiancha");

        var (status, summary) = await supervisor.GetJsonAsync("/api/v1/oversight/summary?module=documents");

        Assert.Equal(HttpStatusCode.OK, status);
        var documents = summary.GetProperty("byModule").GetProperty("documents");
        Assert.Equal("公文", documents.GetProperty("name").GetString());
        Assert.True(documents.GetProperty("total").GetInt64() >= 1);
        var items = await clerk.GetJsonAsync(IncomingClient.Url(id));
        Assert.Equal((await LoadAsync(platform, id)).DueDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), items.Body.GetProperty("dueDate").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IncomingWorkflowOnSqlite(SqlitePlatform platform) : IncomingWorkflowTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class IncomingWorkflowOnPostgres(PostgresPlatform platform) : IncomingWorkflowTests(platform);
