namespace EGov.Disclosure.Catalog.Public;

/// <summary>Filters of the public catalog: agency code, category code, year of generation, keyword, page.</summary>
internal sealed record PublicCatalogFilter(string? Agency = null, string? Category = null, int? Year = null, string? Q = null, int Page = 1);

/// <summary>A row of the public catalog (条例 第十二条: 索引、名称、内容概述、生成日期).</summary>
internal sealed record PublicCatalogRow(Guid Id, string IndexNumber, string Title, string Summary, DateOnly GeneratedOn, string? DocumentNumber, string AgencyName, DateTime PublishedAt);

internal sealed record PublicCatalogPage(IReadOnlyList<PublicCatalogRow> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A published file of a 主动公开 item.</summary>
internal sealed record PublicFile(Guid AttachmentId, string Name)
{
    public string Url => $"/api/v1/attachments/{AttachmentId}";
}

/// <summary>A published item with its metadata; <see cref="Body"/> and <see cref="Files"/> are empty for 依申请公开 items.</summary>
internal sealed record PublicCatalogItem(
    Guid Id, string IndexNumber, string Title, string Summary, DateOnly GeneratedOn, string? DocumentNumber, string PublishingAgency,
    string AgencyCode, string AgencyName, DateTime PublishedAt, string Attribute, bool OnRequest, string Validity, DateOnly? ValidityChangedOn,
    string Category, string CategoryCode, string Subject, string Genre, string Keywords, string Body, IReadOnlyList<PublicFile> Files)
{
    /// <summary>The request form, prefilled with the agency and the index number (依申请公开 items only).</summary>
    public string RequestUrl => $"/disclosure/requests/new?agency={Uri.EscapeDataString(AgencyCode)}&item={Uri.EscapeDataString(IndexNumber)}";
}
