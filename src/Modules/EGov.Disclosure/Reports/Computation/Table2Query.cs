using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Computation;

/// <summary>
/// Table 二, 第二十条第（一）项 from the agency's catalog, in one grouped query: 规章 and 行政规范性文件 generated in the year,
/// repealed or expired in the year, and in force on 31 December.
/// </summary>
internal static class Table2Query
{
    public static async Task<Table2> ComputeAsync(EGovDbContext db, Guid agencyId, ReportPeriod period, ManualFigures figures, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var counts = await db.Set<CatalogItem>()
            .Where(i => i.AgencyId == agencyId && i.RegulatoryKind != RegulatoryKind.None)
            .GroupBy(i => i.RegulatoryKind)
            .Select(g => new
            {
                Kind = g.Key,
                Issued = g.Count(i => i.GeneratedOn >= start && i.GeneratedOn <= end),
                Repealed = g.Count(i => i.Validity != InformationValidity.Valid && i.ValidityChangedOn >= start && i.ValidityChangedOn <= end),
                InForce = g.Count(i => i.GeneratedOn <= end
                    && (i.Validity == InformationValidity.Valid || (i.ValidityChangedOn != null && i.ValidityChangedOn > end))),
            })
            .ToDictionaryAsync(c => c.Kind, c => new RegulatoryCounts(c.Issued, c.Repealed, c.InForce), cancellationToken);
        return Table2Builder.Build(
            counts.GetValueOrDefault(RegulatoryKind.Rule, RegulatoryCounts.None),
            counts.GetValueOrDefault(RegulatoryKind.NormativeDocument, RegulatoryCounts.None),
            figures);
    }
}
