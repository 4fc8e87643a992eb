using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Html;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Channels;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

internal sealed record ChannelFields(
    string? Code, string? Name, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ChannelKind>))] ChannelKind Kind, Guid? ParentId, string? LinkUrl, string? Description, int SortOrder, bool InNavigation, long Version);

/// <summary>Adds, renames, re-kinds, reorders and moves the channels of a site; a move never puts a channel under itself.</summary>
internal sealed class SaveChannelHandler(EGovDbContext db, ManagerScope scope, IAuditLog audit, PublicPageCache cache, TimeProvider clock)
{
    public async Task<Result<Guid>> SaveAsync(Guid siteId, Guid? channelId, ChannelFields f, CancellationToken cancellationToken)
    {
        var site = await scope.SiteAsync(siteId, cancellationToken);
        if (!site.IsSuccess)
        {
            return site.Error!;
        }

        var channels = await db.Set<Channel>().Where(c => c.SiteId == siteId).ToListAsync(cancellationToken);
        var channel = channelId is { } id ? channels.FirstOrDefault(c => c.Id == id) : null;
        if (channelId is not null && channel is null)
        {
            return AuthoringErrors.ChannelNotFound;
        }

        if (channel is not null && channel.Version != f.Version)
        {
            return AuthoringErrors.ChannelChanged;
        }

        var errors = Check(f, channel, channels);
        if (errors.Any)
        {
            return errors.ToError("portal.channel_invalid");
        }

        var isNew = channel is null;
        channel ??= new Channel { Id = Guid.CreateVersion7(clock.GetUtcNow()), SiteId = siteId, Code = f.Code!.Trim().ToLowerInvariant() };
        channel.Name = f.Name!.Trim();
        channel.Kind = f.Kind;
        channel.ParentId = f.ParentId;
        channel.LinkUrl = f.Kind == ChannelKind.Link ? f.LinkUrl!.Trim() : null;
        channel.Description = ArticleValidation.Clean(f.Description);
        channel.SortOrder = f.SortOrder;
        channel.InNavigation = f.InNavigation;
        channel.Version = f.Version + 1;
        if (isNew)
        {
            db.Add(channel);
        }
        else
        {
            db.Entry(channel).Property(c => c.Version).OriginalValue = f.Version;
        }

        audit.Record(new AuditRecord(isNew ? "portal.channel_created" : "portal.channel_updated", nameof(Channel), channel.Id.ToString(), AuditOutcome.Success, $"{channel.Code} {channel.Name}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AuthoringErrors.ChannelChanged;
        }

        await cache.EvictAsync(cancellationToken);
        return channel.Id;
    }

    private static FormErrors Check(ChannelFields f, Channel? channel, List<Channel> channels)
    {
        var errors = new FormErrors();
        if (channel is null)
        {
            var code = f.Code?.Trim().ToLowerInvariant() ?? "";
            if (!SiteCodes.IsChannelCode(code))
            {
                errors.Add(nameof(f.Code), "栏目代码只能用小写字母、数字和连字符，如 tzgg。");
            }
            else if (channels.Any(c => c.Code == code))
            {
                errors.Add(nameof(f.Code), "本站已有该代码的栏目。");
            }
        }

        if ((f.Name?.Trim().Length ?? 0) is 0 or > 100)
        {
            errors.Add(nameof(f.Name), "请填写栏目名称（不超过 100 个字）。");
        }

        if (!Enum.IsDefined(f.Kind))
        {
            errors.Add(nameof(f.Kind), "请选择栏目类型。");
        }

        var link = f.LinkUrl?.Trim() ?? "";
        if (f.Kind == ChannelKind.Link && (link.Length > 500 || !(SameSiteAddress.IsSameSite(link) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
        {
            errors.Add(nameof(f.LinkUrl), "链接类栏目请填写本平台的页面地址（如 /disclosure）或 https:// 开头的地址。");
        }

        if ((f.Description?.Trim().Length ?? 0) > 500)
        {
            errors.Add(nameof(f.Description), "栏目说明不能超过 500 个字。");
        }

        if (f.ParentId is { } parentId)
        {
            if (channels.All(c => c.Id != parentId))
            {
                errors.Add(nameof(f.ParentId), "上级栏目不存在。");
            }
            else if (channel is not null && ChannelTree.IsSelfOrDescendant(channels, parentId, channel.Id))
            {
                errors.Add(nameof(f.ParentId), "不能把栏目移到它自己或它的下级栏目之下。");
            }
        }

        return errors;
    }
}
