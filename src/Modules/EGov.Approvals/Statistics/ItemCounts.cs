using EGov.Approvals.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Statistics;

/// <summary>
/// The plan's two item targets per department, over the published items now: 全程网办 (Level Ⅳ; target ≥ 50 %) and
/// licensing items whose depth includes 互联网受理 (code 4 of "3^4^5^6"; target: every one).
/// </summary>
internal static class ItemCounts
{
    public static async Task<Dictionary<Guid, ItemFigures>> PerDepartmentAsync(IQueryable<ServiceItem> items, CancellationToken cancellationToken)
    {
        var rows = await items.Where(i => i.Status == ItemStatus.Published)
            .GroupBy(i => i.DepartmentId)
            .Select(g => new
            {
                Department = g.Key,
                Published = g.Count(),
                FullyOnline = g.Count(i => i.OnlineDepthLevel == OnlineDepthLevel.Level4),
                Licensing = g.Count(i => i.ItemType == ItemType.Licensing),
                Accepted = g.Count(i => i.ItemType == ItemType.Licensing
                    && (i.OnlineDepthCodes == "4" || i.OnlineDepthCodes.StartsWith("4^") || i.OnlineDepthCodes.EndsWith("^4") || i.OnlineDepthCodes.Contains("^4^"))),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(x => x.Department, x => new ItemFigures(x.Published, x.FullyOnline, x.Licensing, x.Accepted));
    }
}
