using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite;

/// <summary>A line of a list: channel pages, home blocks, feeds, related items.</summary>
internal sealed record ArticleListItem(Guid Id, Guid SiteId, ArticleType Type, string Title, DateTime PublishedAt, string? DocumentNumber, PolicyValidity? Validity)
{
    /// <summary>Filled only where a list shows summaries (headline, feeds, interpretations).</summary>
    public string Summary { get; init; } = "";
}

internal sealed record ArticleListPage(IReadOnlyList<ArticleListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Everything the article page shows of the article itself.</summary>
internal sealed record ArticleDetail(
    Guid Id,
    Guid SiteId,
    Guid ChannelId,
    ArticleType Type,
    string Title,
    string? Subtitle,
    string? Source,
    string? Author,
    string? Keywords,
    string? Summary,
    string BodyHtml,
    string? DocumentNumber,
    PolicyValidity? Validity,
    string? ValidityNote,
    Guid? InterpretsId,
    ArticleStatus Status,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    bool IsDemo)
{
    public string Description => string.IsNullOrWhiteSpace(Summary) ? PlainText.Summary(BodyHtml) : Summary;

    public IEnumerable<string> KeywordList => (Keywords ?? "")
        .Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed record AttachmentLink(Guid AttachmentId, string Title)
{
    public string Url => $"/api/v1/attachments/{AttachmentId}";
}

/// <summary>What is shown around an article: attachments, its policy document or interpretations, related items.</summary>
internal sealed record ArticleSurroundings(
    IReadOnlyList<AttachmentLink> Attachments,
    ArticleListItem? InterpretedPolicy,
    IReadOnlyList<ArticleListItem> Interpretations,
    IReadOnlyList<ArticleListItem> Related);
