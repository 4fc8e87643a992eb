using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Notifications;

/// <summary>A site message as its recipient reads it.</summary>
public sealed record SiteMessageView(Guid Id, string Module, string Title, string Body, string? Url, DateTime CreatedAt, DateTime? ReadAt);

public sealed record SiteMessagePage(IReadOnlyList<SiteMessageView> Messages, int Total, int Unread, int Page, int PageSize);

/// <summary>站内消息: a person's own messages, newest first, and marking them read.</summary>
internal sealed class SiteMessages(EGovDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<SiteMessagePage> ListAsync(Guid accountId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var mine = db.Set<SiteMessage>().AsNoTracking().Where(m => m.AccountId == accountId);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await mine.CountAsync(m => m.ReadAt == null, cancellationToken);
        var messages = await mine.OrderByDescending(m => m.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new SiteMessageView(m.Id, m.Module, m.Title, m.Body, m.Url, m.CreatedAt, m.ReadAt)).ToListAsync(cancellationToken);
        return new SiteMessagePage(messages, total, unread, page, PageSize);
    }

    /// <summary>Marks one message (or, with no id, all) of the account read; returns how many changed.</summary>
    public Task<int> MarkReadAsync(Guid accountId, Guid? messageId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<SiteMessage>()
            .Where(m => m.AccountId == accountId && m.ReadAt == null && (messageId == null || m.Id == messageId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), cancellationToken);
    }
}
