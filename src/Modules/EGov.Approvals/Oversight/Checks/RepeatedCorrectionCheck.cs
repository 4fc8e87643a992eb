using EGov.Approvals.Domain.Applications;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight.Checks;

/// <summary>
/// 违反一次性告知 (行政许可法 第三十二条第一款第四项): more than one correction notice on one application. Bounded by the
/// day of the latest notice, which is the one that broke the rule.
/// </summary>
internal static class RepeatedCorrectionCheck
{
    public static async Task<IReadOnlyList<AnomalyFinding>> FindAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var firstDay = AnomalyFindings.DayOf(since);
        var repeated = db.Set<CorrectionNotice>()
            .GroupBy(n => n.ApplicationId)
            .Select(g => new { ApplicationId = g.Key, Count = g.Count(), First = g.Min(n => n.IssuedOn), Last = g.Max(n => n.IssuedOn) })
            .Where(g => g.Count > 1 && g.Last >= firstDay);
        var rows = await (
            from g in repeated
            join a in db.Set<Application>() on g.ApplicationId equals a.Id
            select new { Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId), g.Count, g.First, g.Last })
            .AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.RepeatedCorrection,
            r.Hit,
            $"同一办件先后发出{r.Count}次补正告知（首次{AnomalyFindings.Day(r.First)}，最近{AnomalyFindings.Day(r.Last)}），未一次告知需要补正的全部内容。",
            new { notices = r.Count, firstIssuedOn = r.First, lastIssuedOn = r.Last }))];
    }
}
