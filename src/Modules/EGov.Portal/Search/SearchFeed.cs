using System.Text.Json;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Following;

namespace EGov.Portal.Search;

/// <summary>Writes index changes as outbox entries into the caller's unit of work.</summary>
internal sealed class SearchFeed(EGovDbContext db, TimeProvider time, OutboxSignals signals) : ISearchFeed
{
    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Add(new SearchOutboxEntry { Key = document.Key, DocumentJson = JsonSerializer.Serialize(document), CreatedAt = time.GetUtcNow().UtcDateTime });
    }

    public void Remove(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Add(new SearchOutboxEntry { Key = key, CreatedAt = time.GetUtcNow().UtcDateTime });
    }

    private void Add(SearchOutboxEntry entry)
    {
        db.Add(entry);
        signals.Mark(db);
    }
}
