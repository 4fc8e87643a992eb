using EGov.IntegrationTests.Infrastructure;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Search;

/// <summary>Publishes and withdraws as the workflow does: the article change and the search feed in one SaveChanges.</summary>
internal static class SearchPublishing
{
    public static async Task<Article> PublishAsync(PlatformFactory platform, Site site, Channel channel, string title, string body)
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
            BodyHtml = body,
            Status = ArticleStatus.Published,
            RevisionNumber = 1,
            CreatedAt = now,
            CreatedBy = await PortalBuilder.UserIdAsync(db, "scjg.bianji"),
            UpdatedAt = now,
            PublishedAt = now,
        };
        db.Add(article);
        scope.ServiceProvider.GetRequiredService<ISearchFeed>().Upsert(ArticleSearchDocuments.From(article, site, channel));
        await db.SaveChangesAsync();
        return article;
    }

    public static async Task WithdrawAsync(PlatformFactory platform, Article article)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var stored = await db.Set<Article>().FindAsync(article.Id) ?? throw new InvalidOperationException("no article");
        stored.Status = ArticleStatus.Withdrawn;
        stored.WithdrawnAt = DateTime.UtcNow;
        stored.WithdrawalReason = "测试撤稿";
        scope.ServiceProvider.GetRequiredService<ISearchFeed>().Remove(ArticleSearchDocuments.KeyOf(article.Id));
        await db.SaveChangesAsync();
    }
}
