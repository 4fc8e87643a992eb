namespace EGov.Portal.Search.Querying;

/// <summary>A checked search request.</summary>
internal sealed record SearchCriteria(string Text, int Page)
{
    public const int PageSize = 10;
    public const int MaxPage = 1000;
    public const int MaxLength = 100;

    public string? Site { get; init; }
    public string? Channel { get; init; }
    public string? Type { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}

internal enum SearchSort
{
    Relevance,
    Date,
}
