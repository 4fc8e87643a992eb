using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

internal sealed record HomeBlockFields(Guid ChannelId, string? Title, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<HomeBlockLayout>))] HomeBlockLayout Layout, int ItemCount, int SortOrder);

/// <summary>The blocks of a site's home page: which channel, heading, layout, how many items, in what order.</summary>
internal sealed class HomeBlockHandler(EGovDbContext db, ManagerScope scope, IAuditLog audit, PublicPageCache cache, TimeProvider clock)
{
    public async Task<Result<Guid>> SaveAsync(Guid siteId, Guid? blockId, HomeBlockFields f, CancellationToken cancellationToken)
    {
        var found = await scope.SiteAsync(siteId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var block = blockId is { } id ? await db.Set<HomeBlock>().FirstOrDefaultAsync(b => b.Id == id && b.SiteId == siteId, cancellationToken) : null;
        if (blockId is not null && block is null)
        {
            return AuthoringErrors.BlockNotFound;
        }

        var errors = new FormErrors();
        if (!await db.Set<Channel>().AnyAsync(c => c.Id == f.ChannelId && c.SiteId == siteId && c.Kind != ChannelKind.Link, cancellationToken))
        {
            errors.Add(nameof(f.ChannelId), "请选择本站的一个栏目（链接类栏目除外）。");
        }

        if ((f.Title?.Trim().Length ?? 0) > 100)
        {
            errors.Add(nameof(f.Title), "标题不能超过 100 个字。");
        }

        if (!Enum.IsDefined(f.Layout))
        {
            errors.Add(nameof(f.Layout), "请选择版式。");
        }

        if (f.ItemCount is < 1 or > 30)
        {
            errors.Add(nameof(f.ItemCount), "条数应在 1 到 30 之间。");
        }

        if (errors.Any)
        {
            return errors.ToError("portal.block_invalid");
        }

        var site = found.Value;
        var isNew = block is null;
        block ??= new HomeBlock { Id = Guid.CreateVersion7(clock.GetUtcNow()), SiteId = siteId };
        block.ChannelId = f.ChannelId;
        block.Title = ArticleValidation.Clean(f.Title);
        block.Layout = f.Layout;
        block.ItemCount = f.ItemCount;
        block.SortOrder = f.SortOrder;
        if (isNew)
        {
            db.Add(block);
        }

        site.HomeUpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new AuditRecord(isNew ? "portal.block_created" : "portal.block_updated", nameof(HomeBlock), block.Id.ToString(), AuditOutcome.Success, site.Code));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return block.Id;
    }

    public async Task<Result> DeleteAsync(Guid siteId, Guid blockId, CancellationToken cancellationToken)
    {
        var found = await scope.SiteAsync(siteId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var block = await db.Set<HomeBlock>().FirstOrDefaultAsync(b => b.Id == blockId && b.SiteId == siteId, cancellationToken);
        if (block is null)
        {
            return AuthoringErrors.BlockNotFound;
        }

        db.Remove(block);
        found.Value.HomeUpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new AuditRecord("portal.block_deleted", nameof(HomeBlock), blockId.ToString(), AuditOutcome.Success, found.Value.Code));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return Result.Success();
    }
}
