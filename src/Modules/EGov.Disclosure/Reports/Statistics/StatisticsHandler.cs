using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Handling;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Statistics;

/// <summary>公开统计 for staff with <c>disclosure.view</c> or <c>disclosure.manage</c>: grouped queries over the requests in scope.</summary>
internal sealed class StatisticsHandler(EGovDbContext db, ReportScope scope, AgencyDirectory agencies, ReplyDurations durations, TimeProvider time)
{
    public async Task<Result<RequestStatistics>> QueryAsync(int? year, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        var period = new ReportPeriod(year ?? today.Year);
        if (!period.IsValidOn(today))
        {
            return ReportErrors.YearOutOfRange(period.Year);
        }

        var departments = await scope.StatisticsScopeAsync(cancellationToken);
        if (departments.IsEmpty)
        {
            return ReportErrors.Forbidden;
        }

        var (start, end) = (period.Start, period.End);
        var requests = db.Set<DisclosureRequest>().WhereInScope(departments, r => r.HandlingDepartmentId);
        var (fromUtc, toUtc) = (ChinaTime.StartOfDay(start), ChinaTime.StartOfDay(end.AddDays(1)));
        var byState = await requests
            .Where(r => (r.ReceivedOn >= start && r.ReceivedOn <= end) || (r.ReceivedOn == null && r.SubmittedAt >= fromUtc && r.SubmittedAt < toUtc))
            .GroupBy(r => r.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(s => s.State, s => s.Count, cancellationToken);
        var perAgency = await requests.GroupBy(r => r.AgencyId).Select(g => new
        {
            AgencyId = g.Key,
            Received = g.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end),
            Concluded = g.Count(r => r.ReceivedOn != null && r.ConcludedOn >= start && r.ConcludedOn <= end),
            Open = g.Count(r => r.ReceivedOn != null && r.ConcludedOn == null),
        }).ToListAsync(cancellationToken);
        var overdue = await OverdueAsync(requests, cancellationToken);
        var perAgencyDays = await durations.PerAgencyAsync(requests, period, cancellationToken);
        var months = await MonthsAsync(requests, period, cancellationToken);

        var listed = await agencies.ListAsync(cancellationToken);
        var order = listed.Select((a, i) => (a, i)).ToDictionary(x => x.a.DepartmentId, x => (Agency: x.a, Index: x.i));
        var byAgency = perAgency
            .Where(a => a.Received + a.Concluded + a.Open > 0)
            .OrderBy(a => order.TryGetValue(a.AgencyId, out var o) ? o.Index : int.MaxValue)
            .Select(a => new AgencyStatistics(
                order.TryGetValue(a.AgencyId, out var o) ? o.Agency.Code : "", order.TryGetValue(a.AgencyId, out var n) ? n.Agency.Name : "（已撤销的机关）",
                a.Received, a.Concluded, a.Open, overdue.GetValueOrDefault(a.AgencyId), perAgencyDays.GetValueOrDefault(a.AgencyId)?.Average))
            .ToList();
        var all = ReplyDurations.Duration.Combine(perAgencyDays.Values);
        return new RequestStatistics(period.Year, byAgency.Sum(a => a.Received), byAgency.Sum(a => a.Concluded), overdue.Values.Sum(), all.Average,
            [.. Enum.GetValues<RequestState>().Select(s => new StateCount(s, DisclosureNames.Of(s), byState.GetValueOrDefault(s)))],
            byAgency, months);
    }

    /// <summary>Open requests whose reply clock is overdue now (set-based over the stored due instants), per agency.</summary>
    private async Task<Dictionary<Guid, int>> OverdueAsync(IQueryable<DisclosureRequest> requests, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await (
                from r in requests
                join c in db.Set<StatutoryClock>() on r.ClockId equals c.Id
                where r.ConcludedOn == null && c.State != ClockState.Stopped
                    && (c.WarningLevel == WarningLevel.Overdue || (c.State == ClockState.Running && c.DueAt < now))
                select r.AgencyId)
            .GroupBy(a => a).Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AgencyId, x => x.Count, cancellationToken);
    }

    private static async Task<IReadOnlyList<MonthStatistics>> MonthsAsync(IQueryable<DisclosureRequest> requests, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var received = await requests.Where(r => r.ReceivedOn >= start && r.ReceivedOn <= end)
            .GroupBy(r => r.ReceivedOn!.Value.Month).Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
        var concluded = await requests.Where(r => r.ReceivedOn != null && r.ConcludedOn >= start && r.ConcludedOn <= end)
            .GroupBy(r => r.ConcludedOn!.Value.Month).Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
        return [.. Enumerable.Range(1, 12).Select(m => new MonthStatistics(m, received.GetValueOrDefault(m), concluded.GetValueOrDefault(m)))];
    }
}
