using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;

namespace EGov.IntegrationTests.Portal.Workflow;

/// <summary>Who sees which queue, and the four-eyes rule between 审核 and 保密审查.</summary>
public abstract partial class WorkflowTests
{
    [Fact]
    public async Task Queues_in_the_api_list_what_awaits_each_reviewer_in_scope()
    {
        var article = await ReviewedArticleAsync("队列接口中的稿件");
        var (other, otherChannel) = await _data.SubSiteAsync("xlq-zwfw");
        var outOfScope = await _data.Builder.ArticleAsync(other, otherChannel, "队列接口中的他局稿件", ArticleStatus.Submitted);
        var (own, ownChannel) = await _data.SubSiteAsync();
        var awaiting = await _data.Builder.ArticleAsync(own, ownChannel, "队列接口中待审核的稿件", ArticleStatus.Submitted);

        var confidentiality = await (await AsAsync("baomi")).Browser.Client.GetStringAsync("/api/v1/portal/queues/confidentiality-review");
        var review = await (await AsAsync("scjg.shenhe")).Browser.Client.GetStringAsync("/api/v1/portal/queues/review");

        Assert.Contains(article.Id.ToString(), confidentiality, StringComparison.Ordinal);
        Assert.Contains(awaiting.Id.ToString(), review, StringComparison.Ordinal);
        Assert.DoesNotContain(outOfScope.Id.ToString(), review, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Id.ToString(), review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reviewer_of_a_revision_may_not_also_do_its_confidentiality_review()
    {
        await using (var scope = platform.Scope())
        {
            // One person holding both permissions: the 保密审查员 is also made a reviewer for this test.
            await Platform.Identity.Demo.DemoRoles.GrantAsync(PlatformFactory.Db(scope), Platform.Identity.Demo.DemoRoles.ConfidentialityReviewer, [PortalPermissions.Review]);
        }

        var (site, channel) = await _data.SubSiteAsync();
        var article = await _data.Builder.ArticleAsync(site, channel, "同一人审核与保密审查的稿件");
        await (await AsAsync("scjg.bianji")).PostAsync(Api(article.Id, "submit"));
        var both = await AsAsync("baomi");

        var review = await both.PostAsync(Api(article.Id, "review"), new { opinion = "同意" });
        var confidentiality = await both.PostAsync(Api(article.Id, "confidentiality-review"), new { passed = true, opinion = "不涉密" });

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, confidentiality.StatusCode);
        Assert.Equal("portal.same_reviewer", (await confidentiality.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(ArticleStatus.Reviewed, (await _data.ArticleAsync(article.Id)).Status);
    }
}
