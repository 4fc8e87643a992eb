using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Organization;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using EGov.Portal.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.PublicSite;

/// <summary>
/// Public-site test data straight in the database: sub-sites with the default tree, articles with any field set, and
/// accepted references. Every write empties the public page cache, as the workflow does after a publish.
/// </summary>
internal sealed class PublicSiteData(PlatformFactory platform)
{
    public async Task<Site> PortalAsync()
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Site>().AsNoTracking().SingleAsync(s => s.IsPortal);
    }

    public async Task<Site> SubSiteAsync(bool isOpen = true)
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-scjg");
        var code = "t" + Guid.NewGuid().ToString("N")[..10];
        var db = PlatformFactory.Db(scope);
        var site = SiteProvisioner.Add(db, TimeProvider.System, code, $"测试子站{code}", department!.Id, isPortal: false);
        site.IsOpen = isOpen;
        await db.SaveChangesAsync();
        await EvictAsync(scope);
        return site;
    }

    public async Task<Channel> ChannelAsync(Site site, string code)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Channel>().AsNoTracking().SingleAsync(c => c.SiteId == site.Id && c.Code == code);
    }

    public async Task<Article> ArticleAsync(Site site, Channel channel, string title, ArticleStatus status = ArticleStatus.Published, Action<Article>? configure = null, DateTime? publishedAt = null, bool evict = true)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var now = DateTime.UtcNow;
        var article = new Article
        {
            Id = Guid.NewGuid(),
            SiteId = site.Id,
            ChannelId = channel.Id,
            Title = title,
            BodyHtml = $"<p>{title}的正文。</p>",
            Status = status,
            RevisionNumber = 1,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = status is ArticleStatus.Published or ArticleStatus.Withdrawn or ArticleStatus.TakenDown ? publishedAt ?? now : null,
        };
        configure?.Invoke(article);
        db.Add(article);
        await db.SaveChangesAsync();
        if (evict)
        {
            await EvictAsync(scope);
        }

        return article;
    }

    public async Task AcceptAsync(Article article, Site target, Channel targetChannel)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.Add(new ArticleReference { Id = Guid.NewGuid(), ArticleId = article.Id, TargetSiteId = target.Id, TargetChannelId = targetChannel.Id, Status = ReferenceStatus.Accepted, PushedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        await EvictAsync(scope);
    }

    public async Task SetStatusAsync(Article article, ArticleStatus status, bool evict = true)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        await db.Set<Article>().Where(a => a.Id == article.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, status));
        if (evict)
        {
            await EvictAsync(scope);
        }
    }

    public async Task EvictAsync()
    {
        await using var scope = platform.Scope();
        await EvictAsync(scope);
    }

    private static async Task EvictAsync(AsyncServiceScope scope) => await scope.ServiceProvider.GetRequiredService<PublicPageCache>().EvictAsync();
}
