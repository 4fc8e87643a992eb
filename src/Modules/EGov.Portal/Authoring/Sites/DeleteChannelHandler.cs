using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

/// <summary>Deletes an empty channel: no children, no articles; its home blocks and channel grants go with it.</summary>
internal sealed class DeleteChannelHandler(EGovDbContext db, ManagerScope scope, IAuditLog audit, PublicPageCache cache)
{
    public async Task<Result> HandleAsync(Guid siteId, Guid channelId, CancellationToken cancellationToken)
    {
        var site = await scope.SiteAsync(siteId, cancellationToken);
        if (!site.IsSuccess)
        {
            return site.Error!;
        }

        var channel = await db.Set<Channel>().FirstOrDefaultAsync(c => c.Id == channelId && c.SiteId == siteId, cancellationToken);
        if (channel is null)
        {
            return AuthoringErrors.ChannelNotFound;
        }

        if (await db.Set<Channel>().AnyAsync(c => c.ParentId == channelId, cancellationToken))
        {
            return AuthoringErrors.ChannelHasChildren;
        }

        if (await db.Set<Article>().AnyAsync(a => a.ChannelId == channelId, cancellationToken)
            || await db.Set<ArticleReference>().AnyAsync(r => r.TargetChannelId == channelId, cancellationToken))
        {
            return AuthoringErrors.ChannelHasArticles;
        }

        db.RemoveRange(await db.Set<HomeBlock>().Where(b => b.ChannelId == channelId).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<SiteEditorGrant>().Where(g => g.ChannelId == channelId).ToListAsync(cancellationToken));
        db.Remove(channel);
        audit.Record(new AuditRecord("portal.channel_deleted", nameof(Channel), channelId.ToString(), AuditOutcome.Success, $"{channel.Code} {channel.Name}"));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return Result.Success();
    }
}
