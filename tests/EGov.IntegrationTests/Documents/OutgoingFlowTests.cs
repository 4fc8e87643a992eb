using System.Net;
using System.Text.Json;
using EGov.Documents.Domain;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EGov.IntegrationTests.Documents.OutgoingFixtures;

namespace EGov.IntegrationTests.Documents;

/// <summary>发文办理 over the API with the demo accounts, from 拟稿 to 归档, with 退回, 会签 by another department and scope.</summary>
public abstract class OutgoingFlowTests(PlatformFactory platform)
{
    private const string Drafter = "bgs.keyuan";
    private const string OfficeHead = "bgs.zhuren";
    private const string OtherHead = "scjg.juzhang";
    private const string Leader = "quzhang";
    private const string OtherClerk = "scjg.banli";

    private async Task<(DocumentClient Client, JsonElement Document)> DraftAsync(string title = "西陵区人民政府关于做好2026年防汛工作的通知")
    {
        var drafter = await DocumentClient.SignInAsync(platform, Drafter);
        var template = await drafter.TemplateAsync("西政发");
        var document = await drafter.CreateAsync(new
        {
            templateId = template,
            type = "通知",
            title,
            mainRecipients = "各街道办事处，区政府各部门",
            mainRecipientIds = new[] { await DepartmentAsync(platform, "xlq-xljd") },
            copyRecipients = "宜昌市人民政府办公室",
            body = "一、总体要求\n各单位要切实做好防汛准备。",
            remarks = "此件公开发布",
        });
        return (drafter, document);
    }

    [Fact]
    public async Task A_notice_goes_from_draft_through_return_and_countersign_to_distribution_and_archive()
    {
        var (drafter, draft) = await DraftAsync();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(("draft", "西政发", "西陵区人民政府文件"), (State(draft), draft.GetProperty("agencyCode").GetString(), draft.GetProperty("agencyMark").GetString()));
        var head = await DocumentClient.SignInAsync(platform, OfficeHead);
        var other = await DocumentClient.SignInAsync(platform, OtherHead);
        var leader = await DocumentClient.SignInAsync(platform, Leader);

        var submitted = await drafter.StepAsync(id, "submit", new { version = Version(draft) });
        Assert.Equal(["outgoing.review"], await OpenWorkAsync(platform, id));
        var returned = await head.StepAsync(id, "return", new { version = Version(submitted), comments = "请补充防汛物资储备要求。" });
        Assert.Equal("returned", State(returned));
        Assert.Equal(["outgoing.revise"], await OpenWorkAsync(platform, id));

        var (editStatus, edited) = await drafter.SendAsync(HttpMethod.Put, $"{DocumentClient.Api}/{id}", new
        {
            version = Version(returned),
            templateId = draft.GetProperty("templateId").GetGuid(),
            type = "notice",
            title = draft.GetProperty("title").GetString(),
            mainRecipients = "各街道办事处，区政府各部门",
            mainRecipientIds = new[] { await DepartmentAsync(platform, "xlq-xljd") },
            copyRecipients = "宜昌市人民政府办公室",
            body = "一、总体要求\n各单位要切实做好防汛准备。\n二、物资储备\n储备沙袋不少于一万条。",
        });
        Assert.True(editStatus == HttpStatusCode.OK, edited.ToString());
        submitted = await drafter.StepAsync(id, "submit", new { version = Version(edited) });

        var scjg = await DepartmentAsync(platform, "xlq-scjg");
        var reviewed = await head.StepAsync(id, "review", new { version = Version(submitted), opinion = "拟同意，请市场监管局会签。", countersignDepartments = new[] { scjg } });
        Assert.Equal("countersigning", State(reviewed));
        Assert.Equal([$"outgoing.countersign.{scjg:N}"], await OpenWorkAsync(platform, id));
        var countersigned = await other.StepAsync(id, "countersign", new { version = Version(reviewed), agree = true, opinion = "同意。" });
        Assert.Equal("signingoff", State(countersigned));

        var signed = await leader.StepAsync(id, "sign-off", new { version = Version(countersigned), opinion = "同意" });
        Assert.Equal(("signedoff", "周明"), (State(signed), signed.GetProperty("signer").GetString()));
        var numbered = await drafter.StepAsync(id, "number", new { version = Version(signed) });
        Assert.Matches(@"^西政发〔\d{4}〕[1-9]\d*号$", numbered.GetProperty("documentNumber").GetString());
        var sealedDocument = await drafter.StepAsync(id, "seal", new { version = Version(numbered) });
        Assert.Equal("sealed", State(sealedDocument));
        var distributed = await drafter.StepAsync(id, "distribute", new { version = Version(sealedDocument) });
        var sent = distributed.GetProperty("distributions").EnumerateArray().Select(d => (d.GetProperty("name").GetString(), d.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("西陵区西陵街道办事处", "main"), ("宜昌市人民政府办公室", "copy")], sent);
        var archived = await drafter.StepAsync(id, "archive", new { version = Version(distributed), retention = "永久" });

        Assert.Equal(("archived", "永久"), (State(archived), archived.GetProperty("retention").GetString()));
        Assert.Empty(await OpenWorkAsync(platform, id));
        var timeline = archived.GetProperty("opinions").EnumerateArray().Select(o => $"{o.GetProperty("stepName").GetString()}{o.GetProperty("decisionName").GetString()}").ToList();
        Assert.Equal(["拟稿提交", "核稿退回", "拟稿提交", "核稿通过", "会签同意", "签发同意", "编号完成", "用印完成", "分发完成", "归档完成"], timeline);
        Assert.Contains(archived.GetProperty("opinions").EnumerateArray(), o => o.GetProperty("text").GetString() == "请补充防汛物资储备要求。" && o.GetProperty("personName").GetString() == "王建国");
    }

    [Fact]
    public async Task A_countersign_disagreement_returns_the_document_to_the_drafter_with_the_opinion()
    {
        var (drafter, draft) = await DraftAsync("西陵区人民政府关于开展食品安全检查的通知");
        var id = draft.GetProperty("id").GetGuid();
        var head = await DocumentClient.SignInAsync(platform, OfficeHead);
        var other = await DocumentClient.SignInAsync(platform, OtherHead);
        await drafter.StepAsync(id, "submit", new { });
        await head.StepAsync(id, "review", new { countersignDepartments = new[] { await DepartmentAsync(platform, "xlq-scjg"), await DepartmentAsync(platform, "xlq-wjj") } });

        var refused = await other.StepAsync(id, "countersign", new { agree = false, opinion = "检查时间与我局专项行动冲突，建议推迟。" });

        Assert.Equal("returned", State(refused));
        Assert.Equal(["outgoing.revise"], await OpenWorkAsync(platform, id));
    }

    [Fact]
    public async Task A_clerk_cannot_sign_off_and_another_department_cannot_see_the_draft()
    {
        var (drafter, draft) = await DraftAsync("西陵区人民政府关于调整办公时间的通知");
        var id = draft.GetProperty("id").GetGuid();
        await drafter.StepAsync(id, "submit", new { });
        var otherClerk = await DocumentClient.SignInAsync(platform, OtherClerk);

        var (signStatus, _) = await drafter.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{id}/sign-off", new { });
        var (readStatus, problem) = await otherClerk.SendAsync(HttpMethod.Get, $"{DocumentClient.Api}/{id}");
        var (_, list) = await otherClerk.SendAsync(HttpMethod.Get, DocumentClient.Api);

        Assert.Equal(HttpStatusCode.Forbidden, signStatus);
        Assert.Equal(HttpStatusCode.NotFound, readStatus);
        Assert.Equal("documents.not_found", problem.GetProperty("code").GetString());
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_in_chinese_with_field_errors()
    {
        var drafter = await DocumentClient.SignInAsync(platform, Drafter);

        var (status, problem) = await drafter.SendAsync(HttpMethod.Post, DocumentClient.Api, new { type = "公函", title = " " });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("请求内容有误", problem.GetProperty("title").GetString());
        Assert.Contains("请填写标题。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var errors = problem.GetProperty("errors");
        Assert.Equal("请填写标题。", errors.GetProperty("Title")[0].GetString());
        Assert.Contains("文种", errors.GetProperty("Type")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("TemplateId", out _));
    }

    [Fact]
    public async Task A_request_breaking_the_rules_cannot_be_submitted()
    {
        var drafter = await DocumentClient.SignInAsync(platform, Drafter);
        var draft = await drafter.CreateAsync(new
        {
            templateId = await drafter.TemplateAsync("西政发"),
            type = "请示",
            direction = "上行文",
            title = "西陵区人民政府关于申请防汛资金的请示",
            mainRecipients = "宜昌市人民政府，宜昌市财政局",
            copyRecipients = "各街道办事处",
            body = "拟申请资金。妥否，请批示。",
        });
        Assert.Contains(draft.GetProperty("rules").EnumerateArray(), r => r.GetProperty("code").GetString() == "documents.request_one_main_recipient");

        var (status, problem) = await drafter.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{draft.GetProperty("id").GetGuid()}/submit", new { });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("documents.rules_broken", problem.GetProperty("code").GetString());
        Assert.Contains("不抄送下级机关", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        var (drafter, draft) = await DraftAsync("西陵区人民政府关于春节值班安排的通知");

        var (status, problem) = await drafter.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{draft.GetProperty("id").GetGuid()}/submit", new { version = Version(draft) + 5 });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_issued_document_marked_for_proactive_disclosure_goes_to_the_portal()
    {
        var id = await SignedOffAsync(platform, "西政发");
        var dispatcher = await DocumentClient.SignInAsync(platform, Drafter);
        var early = await dispatcher.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{id}/publish", new { });
        Assert.Equal((HttpStatusCode.BadRequest, "documents.wrong_state"), (early.Status, early.Body.GetProperty("code").GetString()));

        await using (var scope = platform.Scope())
        {
            var document = await PlatformFactory.Db(scope).Set<OfficialDocument>().SingleAsync(d => d.Id == id);
            document.State = DocumentState.Distributed;
            await PlatformFactory.Db(scope).SaveChangesAsync();
        }

        var onRequest = await dispatcher.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{id}/publish", new { });
        Assert.Equal((HttpStatusCode.BadRequest, "documents.not_proactive"), (onRequest.Status, onRequest.Body.GetProperty("code").GetString()));
        Assert.Equal("依申请公开", (await dispatcher.GetAsync(id)).GetProperty("publicityName").GetString());
    }

    [Fact]
    public async Task Twenty_parallel_numberings_give_twenty_consecutive_numbers()
    {
        var code = "并测" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant().Replace('A', '甲').Replace('B', '乙').Replace('C', '丙').Replace('D', '丁').Replace('E', '戊').Replace('F', '己');
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await SignedOffAsync(platform, code));
        }

        var dispatcher = await DocumentClient.SignInAsync(platform, Drafter);
        var results = await Task.WhenAll(ids.Select(id => dispatcher.SendAsync(HttpMethod.Post, $"{DocumentClient.Api}/{id}/number", new { })));

        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.OK, r.Body.ToString()));
        var numbers = results.Select(r => r.Body.GetProperty("documentNumber").GetString()!).ToList();
        var year = numbers[0][(code.Length + 1)..(code.Length + 5)];
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"{code}〔{year}〕{n}号").Order(), numbers.Order());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutgoingFlowOnSqlite(SqlitePlatform platform) : OutgoingFlowTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OutgoingFlowOnPostgres(PostgresPlatform platform) : OutgoingFlowTests(platform);
