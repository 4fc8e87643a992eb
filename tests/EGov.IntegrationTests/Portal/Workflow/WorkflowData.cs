using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Inbox;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Search;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Portal.Workflow;

/// <summary>Portal permissions for the demo roles, a sub-site of 市场监管局 with its editor, and reads for assertions.</summary>
internal sealed class WorkflowData(PlatformFactory platform)
{
    public PortalBuilder Builder { get; } = new(platform);

    /// <summary>What the public-site helper's demo seeder grants; idempotent, and claims are read at sign-in.</summary>
    public async Task GrantDemoRolesAsync()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        await DemoRoles.GrantAsync(db, DemoRoles.Editor, [PortalPermissions.Edit]);
        await DemoRoles.GrantAsync(db, DemoRoles.Leader, [PortalPermissions.Review, PortalPermissions.Manage, PortalPermissions.Monitor]);
        await DemoRoles.GrantAsync(db, DemoRoles.Reviewer, [PortalPermissions.Review]);
        await DemoRoles.GrantAsync(db, DemoRoles.ConfidentialityReviewer, [PortalPermissions.ConfidentialityReview]);
    }

    public async Task<(Site Site, Channel Channel)> SubSiteAsync(string departmentCode = "xlq-scjg", string editor = "scjg.bianji")
    {
        await GrantDemoRolesAsync();
        var site = await Builder.SiteAsync(departmentCode);
        var channel = await Builder.ChannelAsync(site);
        await Builder.GrantEditorAsync(editor, site);
        return (site, channel);
    }

    public async Task ChangeAsync(Guid articleId, Action<Article> change)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        change(await db.Set<Article>().SingleAsync(a => a.Id == articleId));
        await db.SaveChangesAsync();
    }

    public async Task<Article> ArticleAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Article>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<List<ArticleTransition>> TransitionsAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<ArticleTransition>().AsNoTracking().Where(t => t.ArticleId == id).OrderBy(t => t.At).ToListAsync();
    }

    /// <summary>The search outbox entries for the article, oldest first.</summary>
    public async Task<List<SearchOutboxEntry>> OutboxAsync(Guid id)
    {
        await using var scope = platform.Scope();
        var key = ArticleSearchDocuments.KeyOf(id);
        return await PlatformFactory.Db(scope).Set<SearchOutboxEntry>().AsNoTracking().Where(e => e.Key == key).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<List<string>> AuditActionsAsync(Guid id)
    {
        await using var scope = platform.Scope();
        var objectId = id.ToString();
        return await PlatformFactory.Db(scope).Set<AuditEntry>().AsNoTracking().Where(e => e.ObjectId == objectId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }

    public async Task<List<WorkItem>> WorkItemsAsync(Guid caseId)
    {
        await using var scope = platform.Scope();
        var id = caseId.ToString();
        return await PlatformFactory.Db(scope).Set<WorkItem>().AsNoTracking().Where(w => w.Module == "portal" && w.CaseId == id).OrderBy(w => w.CreatedAt).ToListAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = platform.Scope();
        return await read(scope.ServiceProvider);
    }
}
