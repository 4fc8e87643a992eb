using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Organization;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Portal.PublicSite.Demo;

/// <summary>
/// DEMO DATA: portal permissions for the demo roles, the portal and six department sub-sites, editor grants and about
/// forty published articles (all <see cref="Article.IsDemo"/>) plus a few in the workflow. A second run adds nothing.
/// </summary>
internal sealed class PortalDemoSeeder(ILogger<PortalDemoSeeder> logger) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
            await DemoRoles.GrantAsync(db, DemoRoles.Editor, [PortalPermissions.Edit], cancellationToken);
            await DemoRoles.GrantAsync(db, DemoRoles.Leader, [PortalPermissions.Review, PortalPermissions.Manage, PortalPermissions.Monitor], cancellationToken);
            await DemoRoles.GrantAsync(db, DemoRoles.Reviewer, [PortalPermissions.Review], cancellationToken);
            await DemoRoles.GrantAsync(db, DemoRoles.ConfidentialityReviewer, [PortalPermissions.ConfidentialityReview], cancellationToken);
        }

        await PortalSiteStartupTask.EnsurePortalAsync(services, logger, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await AddSubSitesAsync(db, time, scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), cancellationToken);
            await AddGrantsAsync(db, time, cancellationToken);
            if (!await db.Set<Article>().AnyAsync(a => a.IsDemo, cancellationToken))
            {
                await new DemoArticleWriter(scope.ServiceProvider).WriteAllAsync(cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<PublicPageCache>().EvictAsync(cancellationToken);
        }
    }

    private static async Task AddSubSitesAsync(EGovDbContext db, TimeProvider time, IOrganizationDirectory organization, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Site>().Select(s => s.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, departmentCode) in SubSiteDemoContent.Sites)
        {
            order += 10;
            if (existing.Contains(code) || await organization.FindByCodeAsync(departmentCode, cancellationToken) is not { } department)
            {
                continue;
            }

            SiteProvisioner.Add(db, time, code, department.Name, department.Id, isPortal: false, order);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddGrantsAsync(EGovDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var (userName, siteCode) in new[] { ("bgs.bianji", PortalUrls.PortalCode), ("scjg.bianji", "scjg") })
        {
            var userId = await db.Set<Platform.Identity.UserAccount>().Where(u => u.UserName == userName).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            var siteId = await db.Set<Site>().Where(s => s.Code == siteCode).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
            if (userId is not { } user || siteId is not { } site
                || await db.Set<SiteEditorGrant>().AnyAsync(g => g.UserId == user && g.SiteId == site && g.ChannelId == null, cancellationToken))
            {
                continue;
            }

            db.Add(new SiteEditorGrant { Id = Guid.CreateVersion7(time.GetUtcNow()), SiteId = site, UserId = user, GrantedAt = time.GetUtcNow().UtcDateTime, GrantedBy = user });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
