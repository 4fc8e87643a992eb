namespace EGov.Portal.Contracts.Search;

/// <summary>
/// How a module keeps the search in step with its public records. Calls join the caller's unit of work (an outbox row
/// saved with the change); the index applies them as soon as the change is saved, so a publish or withdrawal is
/// searchable, or gone, on the next request.
/// </summary>
public interface ISearchFeed
{
    /// <summary>Adds or replaces the document with the same key.</summary>
    void Upsert(SearchDocument document);

    /// <summary>Removes the document with this key (withdrawal, take-down, deletion).</summary>
    void Remove(string key);
}
