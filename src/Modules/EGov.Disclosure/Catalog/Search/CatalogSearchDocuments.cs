using EGov.Disclosure.Domain.Catalog;
using EGov.Portal.Contracts.Search;

namespace EGov.Disclosure.Catalog.Search;

/// <summary>A published catalog item as the site search sees it; a 依申请公开 item shows its metadata only.</summary>
internal static class CatalogSearchDocuments
{
    public static string Key(Guid itemId) => $"disclosure:{itemId:N}";

    public static SearchDocument From(CatalogItem item, string agencyName)
    {
        var body = item.Attribute == DisclosureAttribute.Proactive ? $"{item.Summary}\n\n{item.Body}" : item.Summary;
        var keywords = string.Join(' ', new[] { item.Keywords, item.IndexNumber, item.DocumentNumber }.Where(k => !string.IsNullOrWhiteSpace(k)));
        return new SearchDocument(Key(item.Id), SearchTypes.DisclosedDocument, item.Title, body.Trim(), $"/disclosure/catalog/{item.Id}", item.PublishedAt ?? item.UpdatedAt)
        {
            SiteName = agencyName,
            Keywords = keywords,
        };
    }
}
