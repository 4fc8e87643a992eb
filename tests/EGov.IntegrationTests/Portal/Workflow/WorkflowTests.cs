using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Organization;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Workflow;

public abstract partial class WorkflowTests(PlatformFactory platform)
{
    private readonly WorkflowData _data = new(platform);

    private static string Api(Guid id, string step) => $"/api/v1/portal/articles/{id}/{step}";

    private Task<StaffClient> AsAsync(string userName) => StaffClient.SignInAsync(platform, userName);

    private async Task<Article> ReviewedArticleAsync(string title)
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, title);
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync("scjg.shenhe")).PostAsync(Api(article.Id, "review"), new { opinion = "同意" })).StatusCode);
        return article;
    }

    [Fact]
    public async Task Editor_reviewer_and_confidentiality_reviewer_publish_an_article_into_the_search()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "市场监管局开展食品安全检查");

        var submitted = await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"));
        var reviewItem = Assert.Single(await _data.WorkItemsAsync(article.Id));
        var review = await (await AsAsync("scjg.shenhe")).PostFormAsync($"/office/portal/articles/{article.Id}/review", new() { ["Input.Opinion"] = "内容属实" }, "Pass");
        var confidentiality = await (await AsAsync("baomi")).PostAsync(Api(article.Id, "confidentiality-review"), new { passed = true, opinion = "不涉密，同意公开" });

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Equal("Published", (await confidentiality.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var published = await _data.ArticleAsync(article.Id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.NotNull(published.PublishedAt);
        var entry = Assert.Single(await _data.OutboxAsync(article.Id));
        Assert.Equal($"article:{article.Id:N}", entry.Key);
        Assert.Equal("市场监管局开展食品安全检查", JsonDocument.Parse(entry.DocumentJson!).RootElement.GetProperty("Title").GetString());
        Assert.Equal(["submit", "review", "confidentiality_review"], (await _data.TransitionsAsync(article.Id)).Select(t => t.Action));
        Assert.Equal(["portal.article_submit", "portal.article_review", "portal.article_confidentiality_review"], await _data.AuditActionsAsync(article.Id));
        var record = await _data.InScopeAsync(sp => sp.GetRequiredService<Platform.Data.EGovDbContext>().Set<ConfidentialityReview>().SingleAsync(r => r.ArticleId == article.Id));
        Assert.Equal(("邓伟", 1, true, "不涉密，同意公开"), (record.ReviewerName, record.RevisionNumber, record.Passed, record.Opinion));
        Assert.Equal(("审核稿件：市场监管局开展食品安全检查", site.DepartmentId, PortalPermissions.Review), (reviewItem.Title, reviewItem.AssigneeDepartmentId!.Value, reviewItem.AssigneePermission));
        var items = await _data.WorkItemsAsync(article.Id);
        Assert.All(items, w => Assert.NotNull(w.CompletedAt));
        var zfb = await _data.InScopeAsync(sp => sp.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb"));
        Assert.Contains(items, w => w.Title == "保密审查：市场监管局开展食品安全检查" && w.AssigneeDepartmentId == zfb!.Id);
    }

    [Fact]
    public async Task Scheduled_article_stays_offline_until_the_scheduler_runs_after_its_time()
    {
        var article = await ReviewedArticleAsync("定时发布的通知");
        var at = DateTime.UtcNow.AddHours(3);
        await _data.ChangeAsync(article.Id, a => a.ScheduledPublishAt = at);

        var response = await (await AsAsync("baomi")).PostAsync(Api(article.Id, "confidentiality-review"), new { passed = true, opinion = "同意公开" });
        var early = await WorkflowScheduling.RunAsync(platform, at.AddMinutes(-1));
        var statusBefore = (await _data.ArticleAsync(article.Id)).Status;
        var outboxBefore = (await _data.OutboxAsync(article.Id)).Count;
        var due = await WorkflowScheduling.RunAsync(platform, at.AddMinutes(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((ArticleStatus.Scheduled, 0, 0), (statusBefore, outboxBefore, early.Published));
        Assert.True(due.Published >= 1);
        Assert.Equal(ArticleStatus.Published, (await _data.ArticleAsync(article.Id)).Status);
        Assert.NotNull(Assert.Single(await _data.OutboxAsync(article.Id)).DocumentJson);
        Assert.Equal("publish", (await _data.TransitionsAsync(article.Id)).Last().Action);
    }

    [Fact]
    public async Task Scheduler_takes_a_published_article_down_when_its_time_has_passed()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "限时公告", ArticleStatus.Published);
        var until = DateTime.UtcNow.AddDays(1);
        await _data.ChangeAsync(article.Id, a => a.ScheduledTakeDownAt = until);

        var run = await WorkflowScheduling.RunAsync(platform, until.AddSeconds(1));

        Assert.True(run.TakenDown >= 1);
        Assert.Equal(ArticleStatus.TakenDown, (await _data.ArticleAsync(article.Id)).Status);
        Assert.Null(Assert.Single(await _data.OutboxAsync(article.Id)).DocumentJson);
        Assert.Equal(["portal.article_take_down"], await _data.AuditActionsAsync(article.Id));
    }

    [Fact]
    public async Task Article_without_a_passed_confidentiality_review_of_its_revision_is_never_published()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "未经保密审查的稿件", ArticleStatus.Scheduled);
        await _data.ChangeAsync(article.Id, a => a.ScheduledPublishAt = DateTime.UtcNow.AddMinutes(-5));

        var run = await WorkflowScheduling.RunAsync(platform, DateTime.UtcNow);

        Assert.Equal(0, run.Published);
        Assert.Equal(ArticleStatus.Scheduled, (await _data.ArticleAsync(article.Id)).Status);
        Assert.Empty(await _data.OutboxAsync(article.Id));
    }

    [Fact]
    public async Task Failed_confidentiality_review_returns_the_article_with_the_opinion()
    {
        var article = await ReviewedArticleAsync("含内部数据的稿件");

        var response = await (await AsAsync("baomi")).PostAsync(Api(article.Id, "confidentiality-review"), new { passed = false, opinion = "第二段含内部统计数据，请删除" });

        Assert.Equal("Returned", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("第二段含内部统计数据，请删除", (await _data.ArticleAsync(article.Id)).ReturnComment);
        Assert.Empty(await _data.OutboxAsync(article.Id));
    }

    [Fact]
    public async Task Send_back_needs_a_comment_and_puts_a_revision_item_in_the_authors_inbox()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "待修改的稿件");
        await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"));
        var reviewer = await AsAsync("scjg.shenhe");

        var empty = await reviewer.PostAsync(Api(article.Id, "send-back"), new { comment = " " });
        var sent = await reviewer.PostAsync(Api(article.Id, "send-back"), new { comment = "标题请写明时间地点" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写退回意见", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var returned = await _data.ArticleAsync(article.Id);
        Assert.Equal((ArticleStatus.Returned, "标题请写明时间地点"), (returned.Status, returned.ReturnComment));
        Assert.Contains(await _data.WorkItemsAsync(article.Id), w => w.Title == "修改退回稿件：待修改的稿件" && w.AssigneeUserId == returned.CreatedBy && w.CompletedAt == null);
        var page = await (await AsAsync("scjg.bianji")).Browser.Client.GetStringAsync($"/office/portal/articles/{article.Id}/submit");
        Assert.Contains("标题请写明时间地点", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_needs_a_reason_that_staff_keep_seeing()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "需要撤下的稿件", ArticleStatus.Published);
        var reviewer = await AsAsync("scjg.shenhe");

        var missing = await reviewer.PostAsync(Api(article.Id, "withdraw"), new { reason = "" });
        var withdrawn = await reviewer.PostFormAsync($"/office/portal/articles/{article.Id}/withdraw", new() { ["Input.Reason"] = "发布日期有误" });
        var page = await reviewer.Browser.Client.GetStringAsync($"/office/portal/articles/{article.Id}/withdraw");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = await _data.ArticleAsync(article.Id);
        Assert.Equal((ArticleStatus.Withdrawn, "发布日期有误"), (stored.Status, stored.WithdrawalReason));
        Assert.Contains("发布日期有误", page, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await _data.OutboxAsync(article.Id)).DocumentJson);
    }

    [Fact]
    public async Task Wrong_state_is_a_conflict_in_Chinese()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "已发布的稿件", ArticleStatus.Published);

        var response = await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("稿件当前状态为“已发布”，不能提交审核。", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Reviewer_of_another_department_is_refused_and_nothing_changes()
    {
        var (site, channel) = await _data.SubSiteAsync("xlq-zwfw");
        var article = await _data.Builder.ArticleAsync(site, channel, "政务服务局的稿件", ArticleStatus.Submitted);
        var reviewer = await AsAsync("scjg.shenhe");

        var api = await reviewer.PostAsync(Api(article.Id, "review"), new { opinion = "同意" });
        var page = await reviewer.Browser.GetAsync($"/office/portal/articles/{article.Id}/review");
        var list = await reviewer.Browser.Client.GetStringAsync("/office/portal/reviews");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("政务服务局的稿件", list, StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Submitted, (await _data.ArticleAsync(article.Id)).Status);
        Assert.Empty(await _data.TransitionsAsync(article.Id));
    }

    [Fact]
    public async Task Editor_without_a_grant_on_the_site_cannot_submit()
    {
        await _data.GrantDemoRolesAsync();
        var site = await _data.Builder.SiteAsync("xlq-scjg");
        var channel = await _data.Builder.ChannelAsync(site);
        var article = await _data.Builder.ArticleAsync(site, channel, "无授权的稿件");

        var response = await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await _data.ArticleAsync(article.Id)).Status);
    }

    [Fact]
    public async Task Concurrent_double_review_makes_one_transition()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "同时审核的稿件", ArticleStatus.Submitted);
        var first = await AsAsync("scjg.shenhe");
        var second = await AsAsync("scjg.shenhe");

        var responses = await Task.WhenAll(first.PostAsync(Api(article.Id, "review")), second.PostAsync(Api(article.Id, "review")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Single(await _data.TransitionsAsync(article.Id), t => t.Action == "review");
    }

    [Fact]
    public async Task Pushed_article_is_accepted_by_the_portal_and_leaves_it_on_withdrawal()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var portal = await _data.Builder.SiteAsync("xlq-zfb", isPortal: true);
        var portalChannel = await _data.Builder.ChannelAsync(portal, "部门动态");
        var article = await _data.Builder.ArticleAsync(site, channel, "推送到门户的稿件", ArticleStatus.Published);

        var pushed = await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "push"), new { channelId = portalChannel.Id });
        var referenceId = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referenceId").GetGuid();
        var decider = await AsAsync("bgs.zhuren");
        var list = await decider.Browser.Client.GetStringAsync("/office/portal/reviews/pushes");
        var accepted = await decider.PostAsync($"/api/v1/portal/references/{referenceId}/accept");
        var statusAfterAccept = await ReferenceStatusAsync(referenceId);
        await (await AsAsync("scjg.shenhe")).PostAsync(Api(article.Id, "withdraw"), new { reason = "数据更正后重新发布" });

        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);
        Assert.Contains("推送到门户的稿件", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(ReferenceStatus.Accepted, statusAfterAccept);
        Assert.Equal(ReferenceStatus.Withdrawn, await ReferenceStatusAsync(referenceId));
        Assert.All(await _data.WorkItemsAsync(referenceId), w => Assert.NotNull(w.CompletedAt));
    }

    [Fact]
    public async Task Reopened_article_goes_back_to_draft_and_through_review_again()
    {
        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "重新编辑的稿件", ArticleStatus.TakenDown);
        var editor = await AsAsync("scjg.bianji");

        var reopened = await editor.PostAsync(Api(article.Id, "reopen"));
        var submitted = await editor.PostAsync(Api(article.Id, "submit"));

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("Submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(["reopen", "submit"], (await _data.TransitionsAsync(article.Id)).Select(t => t.Action));
    }

    private Task<ReferenceStatus> ReferenceStatusAsync(Guid id)
        => _data.InScopeAsync(sp => sp.GetRequiredService<Platform.Data.EGovDbContext>().Set<ArticleReference>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class WorkflowTestsOnSqlite(SqlitePlatform platform) : WorkflowTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class WorkflowTestsOnPostgres(PostgresPlatform platform) : WorkflowTests(platform);
