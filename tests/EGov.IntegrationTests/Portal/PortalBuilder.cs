using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal;

/// <summary>
/// Test data for the portal written straight to the database: a site of its own per test (unique code), channels,
/// editor grants for demo accounts, and articles in any state.
/// </summary>
internal sealed class PortalBuilder(PlatformFactory platform)
{
    public async Task<Site> SiteAsync(string departmentCode = "xlq-scjg", string? name = null, bool isPortal = false)
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(departmentCode)
            ?? throw new InvalidOperationException($"no department {departmentCode}");
        var code = "t" + Guid.NewGuid().ToString("N")[..10];
        var site = new Site { Id = Guid.NewGuid(), Code = code, Name = name ?? $"{department.Name}测试子站{code}", DepartmentId = department.Id, IsPortal = isPortal };
        var db = PlatformFactory.Db(scope);
        db.Add(site);
        await db.SaveChangesAsync();
        return site;
    }

    public async Task<Channel> ChannelAsync(Site site, string name = "工作动态", ChannelKind kind = ChannelKind.News, Guid? parentId = null)
    {
        await using var scope = platform.Scope();
        var channel = new Channel { Id = Guid.NewGuid(), SiteId = site.Id, ParentId = parentId, Code = "c" + Guid.NewGuid().ToString("N")[..8], Name = name, Kind = kind };
        var db = PlatformFactory.Db(scope);
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    /// <summary>Gives a demo account (e.g. <c>scjg.bianji</c>) editing rights in a site, or in one channel of it.</summary>
    public async Task GrantEditorAsync(string userName, Site site, Channel? channel = null)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var userId = await UserIdAsync(db, userName);
        db.Add(new SiteEditorGrant { Id = Guid.NewGuid(), SiteId = site.Id, UserId = userId, ChannelId = channel?.Id, GrantedAt = DateTime.UtcNow, GrantedBy = userId });
        await db.SaveChangesAsync();
    }

    public async Task<Article> ArticleAsync(Site site, Channel channel, string title, ArticleStatus status = ArticleStatus.Draft, string body = "<p>正文</p>", DateTime? publishedAt = null, ArticleType type = ArticleType.News)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var now = DateTime.UtcNow;
        var author = await UserIdAsync(db, "scjg.bianji");
        var article = new Article
        {
            Id = Guid.NewGuid(),
            SiteId = site.Id,
            ChannelId = channel.Id,
            Type = type,
            Title = title,
            BodyHtml = body,
            Status = status,
            RevisionNumber = 1,
            CreatedAt = now,
            CreatedBy = author,
            UpdatedAt = now,
            PublishedAt = status == ArticleStatus.Published ? publishedAt ?? now : null,
        };
        db.Add(article);
        db.Add(new ArticleRevision { Id = Guid.NewGuid(), ArticleId = article.Id, Number = 1, Title = title, BodyHtml = body, EditedAt = now, EditedBy = author, EditedByName = "测试编辑" });
        await db.SaveChangesAsync();
        return article;
    }

    public static async Task<Guid> UserIdAsync(Platform.Data.EGovDbContext db, string userName)
        => await db.Set<UserAccount>().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
}
