using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Computation;

/// <summary>Table 四: the agency's reviews and lawsuits filed in the year, by result as of 31 December (later decisions count as 尚未审结).</summary>
internal static class Table4Query
{
    public static async Task<Table4> ComputeAsync(EGovDbContext db, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var counts = await db.Set<DisclosureDispute>()
            .Where(d => d.AgencyId == agencyId && d.FiledOn >= start && d.FiledOn <= end)
            .GroupBy(d => d.Kind)
            .Select(g => new
            {
                Kind = g.Key,
                Maintained = g.Count(d => d.Result == DisputeResult.Maintained && (d.DecidedOn == null || d.DecidedOn <= end)),
                Corrected = g.Count(d => d.Result == DisputeResult.Corrected && (d.DecidedOn == null || d.DecidedOn <= end)),
                Other = g.Count(d => d.Result == DisputeResult.Other && (d.DecidedOn == null || d.DecidedOn <= end)),
                Total = g.Count(),
            })
            .ToListAsync(cancellationToken);
        return Table4.Build(counts.Select(c => new DisputeCounts(c.Kind, c.Maintained, c.Corrected, c.Other, c.Total)));
    }
}
