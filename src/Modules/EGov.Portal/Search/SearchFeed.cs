using System.Text.Json;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Search;

namespace EGov.Portal.Search;

/// <summary>Writes index changes as outbox entries into the caller's unit of work.</summary>
internal sealed class SearchFeed(EGovDbContext db, TimeProvider time) : ISearchFeed
{
    public void Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        db.Add(new SearchOutboxEntry { Key = document.Key, DocumentJson = JsonSerializer.Serialize(document), CreatedAt = time.GetUtcNow().UtcDateTime });
    }

    public void Remove(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        db.Add(new SearchOutboxEntry { Key = key, CreatedAt = time.GetUtcNow().UtcDateTime });
    }
}
