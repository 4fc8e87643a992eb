using EGov.Platform.Data;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

internal sealed record ArticleListFilter(Guid? SiteId = null, Guid? ChannelId = null, ArticleStatus? Status = null, int Page = 1);

/// <summary>One line of the editor's list, with what staff must keep seeing: the last return comment, the withdrawal reason.</summary>
internal sealed record ArticleListItem(
    Guid Id, string Title, Guid SiteId, string SiteName, Guid ChannelId, string ChannelName, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ArticleType>))] ArticleType Type, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ArticleStatus>))] ArticleStatus Status,
    DateTime UpdatedAt, DateTime? PublishedAt, DateTime? ScheduledPublishAt, string? ReturnComment, string? WithdrawalReason)
{
    public string StatusName => PortalNames.Of(Status);
}

internal sealed record ArticleListPage(IReadOnlyList<ArticleListItem> Items, int Total, int Page, int PageSize);

/// <summary>The articles in the editor's reach, newest change first.</summary>
internal sealed class ArticleList(EGovDbContext db, EditorScope scope)
{
    public const int PageSize = 30;

    public async Task<ArticleListPage> QueryAsync(ArticleListFilter filter, CancellationToken cancellationToken)
    {
        var reach = await scope.ReachAsync(cancellationToken);
        var articles = reach.Filter(db.Set<Article>().AsNoTracking());
        if (filter.SiteId is { } siteId)
        {
            articles = articles.Where(a => a.SiteId == siteId);
        }

        if (filter.ChannelId is { } channelId)
        {
            articles = articles.Where(a => a.ChannelId == channelId);
        }

        if (filter.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        var page = Math.Max(1, filter.Page);
        var total = await articles.CountAsync(cancellationToken);
        var items = await (
            from a in articles
            join s in db.Set<Site>() on a.SiteId equals s.Id
            join c in db.Set<Channel>() on a.ChannelId equals c.Id
            orderby a.UpdatedAt descending, a.Id
            select new ArticleListItem(a.Id, a.Title, s.Id, s.Name, c.Id, c.Name, a.Type, a.Status, a.UpdatedAt, a.PublishedAt, a.ScheduledPublishAt, a.ReturnComment, a.WithdrawalReason))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new ArticleListPage(items, total, page, PageSize);
    }
}
