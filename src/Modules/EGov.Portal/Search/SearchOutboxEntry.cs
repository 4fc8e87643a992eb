namespace EGov.Portal.Search;

/// <summary>
/// A change to the search index, saved in the same transaction as the change it follows. Each node applies the
/// entries to its own index in <see cref="Id"/> order, so the index follows the database across restarts and nodes.
/// </summary>
internal sealed class SearchOutboxEntry
{
    public long Id { get; set; }
    public string Key { get; set; } = "";

    /// <summary>The document as JSON; null for a removal.</summary>
    public string? DocumentJson { get; set; }

    public DateTime CreatedAt { get; set; }
}
