namespace EGov.Portal.Contracts.Search;

/// <summary>
/// A module's public records of one kind, read in full when the index is rebuilt (<c>search rebuild</c>).
/// Register with <c>services.AddScoped&lt;ISearchSource, …&gt;()</c>.
/// </summary>
public interface ISearchSource
{
    /// <summary>One of <see cref="SearchTypes"/> (a source may yield several types; this names it in progress output).</summary>
    string Name { get; }

    IAsyncEnumerable<SearchDocument> ReadAllAsync(CancellationToken cancellationToken);
}
