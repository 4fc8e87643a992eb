using EGov.Portal.Contracts.Search;

namespace EGov.Portal.Search.Index;

/// <summary>One change to apply: a document to add or replace, or (when <see cref="Document"/> is null) a key to remove.</summary>
internal sealed record IndexChange(string Key, SearchDocument? Document);
