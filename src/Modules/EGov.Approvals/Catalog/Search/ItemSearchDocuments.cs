using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Items;
using EGov.Portal.Contracts.Search;

namespace EGov.Approvals.Catalog.Search;

/// <summary>A published service item as the site search sees it: its guide's main text, found by name, code and topic.</summary>
internal static class ItemSearchDocuments
{
    public static string Key(Guid itemId) => $"{SearchTypes.ServiceItem}:{itemId:N}";

    public static SearchDocument From(ServiceItem item, string departmentName)
    {
        var body = string.Join("\n\n", new[]
        {
            $"{ApprovalsNames.Of(item.ItemType)}　{ApprovalsNames.Of(item.CaseKind)}　实施主体：{departmentName}",
            $"受理条件：{item.Conditions}",
            $"设定依据：{item.LegalBasis}",
            $"申请材料：{string.Join("、", item.Materials.OrderBy(m => m.Order).Select(m => m.Name))}",
            $"办理地点：{item.Location}",
        });
        var keywords = string.Join(' ', new[] { item.ImplementationCode, item.BasicCode, item.ResultName ?? "" }.Concat(item.LifeEvents).Concat(item.BusinessStages)
            .Where(k => k.Length > 0));
        return new SearchDocument(Key(item.Id), SearchTypes.ServiceItem, item.Name, body, $"/services/items/{item.Id}", item.UpdatedAt)
        {
            SiteName = departmentName,
            Keywords = keywords,
        };
    }
}
