using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Computation;

/// <summary>The 信息处理费 paid in the year on the agency's requests: how many and how much.</summary>
internal static class FeeQuery
{
    public static async Task<FeeSummary> ComputeAsync(EGovDbContext db, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var totals = await (
                from f in db.Set<FeeNotice>()
                join r in db.Set<DisclosureRequest>() on f.RequestId equals r.Id
                where r.AgencyId == agencyId && f.PaidOn >= start && f.PaidOn <= end
                select f)
            .GroupBy(_ => 1)

            // SQLite stores decimals as text and cannot sum them; yuan with two decimals are exact enough in a double.
            .Select(g => new { Count = g.Count(), Total = g.Sum(f => (double)f.Amount) })
            .SingleOrDefaultAsync(cancellationToken);
        return totals is null ? new FeeSummary(0, 0m) : new FeeSummary(totals.Count, Math.Round((decimal)totals.Total, 2));
    }
}
