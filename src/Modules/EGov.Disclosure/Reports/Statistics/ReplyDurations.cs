using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Reports.Statistics;

/// <summary>
/// Working days from receipt to conclusion (the day of receipt not counted, as for the reply period of 条例 第三十三条).
/// The database groups the requests by their pair of dates; the working-day calendar then counts each distinct pair once.
/// </summary>
internal sealed class ReplyDurations(WorkingDayCalendar calendar)
{
    public async Task<Dictionary<Guid, Duration>> PerAgencyAsync(IQueryable<DisclosureRequest> requests, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var pairs = await requests
            .Where(r => r.ReceivedOn != null && r.ConcludedOn >= start && r.ConcludedOn <= end)
            .GroupBy(r => new { r.AgencyId, r.ReceivedOn, r.ConcludedOn })
            .Select(g => new { g.Key.AgencyId, g.Key.ReceivedOn, g.Key.ConcludedOn, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, Duration>();
        foreach (var pair in pairs)
        {
            var days = calendar.WorkingDaysBetween(pair.ReceivedOn!.Value, pair.ConcludedOn!.Value);
            if (!days.IsSuccess)
            {
                continue;
            }

            var before = result.GetValueOrDefault(pair.AgencyId) ?? Duration.None;
            result[pair.AgencyId] = new Duration(before.Requests + pair.Count, before.WorkingDays + ((long)Math.Max(0, days.Value.WorkingDays) * pair.Count));
        }

        return result;
    }

    internal sealed record Duration(int Requests, long WorkingDays)
    {
        public static Duration None { get; } = new(0, 0);

        public double? Average => Requests == 0 ? null : Math.Round((double)WorkingDays / Requests, 1);

        public static Duration Combine(IEnumerable<Duration> all)
        {
            var list = all.ToList();
            return new Duration(list.Sum(d => d.Requests), list.Sum(d => d.WorkingDays));
        }
    }
}
