using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Computation;

/// <summary>
/// Table 三 from the agency's requests in two grouped queries. Requests still waiting for their receipt date
/// (条例 第三十一条) are not counted anywhere: they have not been received.
/// </summary>
internal static class Table3Query
{
    public static async Task<Table3> ComputeAsync(EGovDbContext db, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var received = db.Set<DisclosureRequest>().Where(r => r.AgencyId == agencyId && r.ReceivedOn != null);

        var perType = await received
            .GroupBy(r => r.ApplicantType)
            .Select(g => new
            {
                Type = g.Key,
                Received = g.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end),
                CarriedIn = g.Count(r => r.ReceivedOn < start && (r.ConcludedOn == null || r.ConcludedOn >= start)),
                CarriedOut = g.Count(r => r.ReceivedOn <= end && (r.ConcludedOn == null || r.ConcludedOn > end)),
            })
            .ToListAsync(cancellationToken);

        var concluded = await received
            .Where(r => r.ConcludedOn >= start && r.ConcludedOn <= end)
            .GroupBy(r => new { r.ApplicantType, r.Outcome })
            .Select(g => new { g.Key.ApplicantType, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return Table3Builder.Build(
            perType.Select(t => new ApplicantCounts(t.Type, t.Received, t.CarriedIn, t.CarriedOut)),
            concluded.Select(c => new ConclusionCount(c.ApplicantType, c.Outcome, c.Count)));
    }
}
