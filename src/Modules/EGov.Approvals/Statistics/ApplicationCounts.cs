using EGov.Approvals.Domain.Applications;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Statistics;

/// <summary>
/// Application figures per department, grouped in the database: received (by the day the materials arrived) online and
/// at the window, concluded, concluded by the due date of the promised and statutory clocks, deemed acceptances
/// (行政许可法 第三十二条), and working days from acceptance to conclusion.
/// </summary>
internal sealed class ApplicationCounts(EGovDbContext db, WorkingDayCalendar calendar)
{
    public async Task<Dictionary<Guid, ApplicationFigures>> PerDepartmentAsync(IQueryable<Application> applications, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var received = await applications.Where(a => a.MaterialsReceivedOn >= from && a.MaterialsReceivedOn <= to)
            .GroupBy(a => a.DepartmentId)
            .Select(g => new { Department = g.Key, Online = g.Count(a => a.Channel == ApplicationChannel.Online), Window = g.Count(a => a.Channel == ApplicationChannel.Window) })
            .ToDictionaryAsync(x => x.Department, cancellationToken);
        var concluded = applications.Where(a => a.State == ApplicationState.Concluded && a.ConcludedOn >= from && a.ConcludedOn <= to);
        var counts = await concluded.GroupBy(a => a.DepartmentId).Select(g => new { Department = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Department, x => x.Count, cancellationToken);
        var promised = await OnTimeAsync(concluded, a => a.PromisedClockId, cancellationToken);
        var statutory = await OnTimeAsync(concluded, a => a.StatutoryClockId, cancellationToken);
        var deemed = await applications.Where(a => a.DeemedAccepted && a.AcceptedOn >= from && a.AcceptedOn <= to)
            .GroupBy(a => a.DepartmentId).Select(g => new { Department = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Department, x => x.Count, cancellationToken);
        var days = await WorkingDaysAsync(concluded, cancellationToken);

        var departments = received.Keys.Union(counts.Keys).Union(deemed.Keys);
        return departments.ToDictionary(d => d, d => new ApplicationFigures(
            received.TryGetValue(d, out var r) ? r.Online : 0,
            r?.Window ?? 0,
            counts.GetValueOrDefault(d),
            promised.GetValueOrDefault(d).Count,
            promised.GetValueOrDefault(d).OnTime,
            statutory.GetValueOrDefault(d).Count,
            statutory.GetValueOrDefault(d).OnTime,
            deemed.GetValueOrDefault(d),
            days.TryGetValue(d, out var w) && w.Count > 0 ? Math.Round((double)w.Days / w.Count, 1) : null));
    }

    /// <summary>Working days per department: the database groups by the pair of dates, the calendar counts each pair once.</summary>
    public async Task<Dictionary<Guid, (int Count, long Days)>> WorkingDaysAsync(IQueryable<Application> concluded, CancellationToken cancellationToken)
    {
        var pairs = await concluded.Where(a => a.AcceptedOn != null && a.ConcludedOn != null)
            .GroupBy(a => new { a.DepartmentId, a.AcceptedOn, a.ConcludedOn })
            .Select(g => new { g.Key.DepartmentId, g.Key.AcceptedOn, g.Key.ConcludedOn, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, (int Count, long Days)>();
        foreach (var p in pairs)
        {
            if (calendar.WorkingDaysBetween(p.AcceptedOn!.Value, p.ConcludedOn!.Value) is { IsSuccess: true } between)
            {
                var (count, days) = result.GetValueOrDefault(p.DepartmentId);
                result[p.DepartmentId] = (count + p.Count, days + ((long)Math.Max(0, between.Value.WorkingDays) * p.Count));
            }
        }

        return result;
    }

    private async Task<Dictionary<Guid, (int Count, int OnTime)>> OnTimeAsync(
        IQueryable<Application> concluded, System.Linq.Expressions.Expression<Func<Application, Guid?>> clockOf, CancellationToken cancellationToken)
    {
        var rows = await concluded.Join(db.Set<StatutoryClock>(), clockOf, c => (Guid?)c.Id, (a, c) => new { a.DepartmentId, OnTime = a.ConcludedOn <= c.DueDate })
            .GroupBy(x => x.DepartmentId)
            .Select(g => new { Department = g.Key, Count = g.Count(), OnTime = g.Count(x => x.OnTime) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(x => x.Department, x => (x.Count, x.OnTime));
    }
}
