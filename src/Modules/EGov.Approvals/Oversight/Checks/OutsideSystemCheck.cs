using EGov.Approvals.Domain.Applications;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight.Checks;

/// <summary>
/// 体外循环 (不按规定实施网上审批): a result registered with no acceptance, review or decision step recorded before it
/// in the system. Bounded by the instant the result was registered (its journal step, else the last change).
/// </summary>
internal static class OutsideSystemCheck
{
    /// <summary>The journal's handling steps: 受理 (or deemed), 审查, 决定.</summary>
    private static readonly string[] HandlingSteps = ["accepted", "deemed_accepted", "review_opinion", "reviewed", "decided"];

    private const string ResultProduced = "result_produced";

    public static async Task<IReadOnlyList<AnomalyFinding>> FindAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var steps = db.Set<ApplicationStep>();
        var rows = await (
            from a in db.Set<Application>().AsNoTracking()
            where a.ResultProducedOn != null
            let resultAt = steps.Where(s => s.ApplicationId == a.Id && s.Kind == ResultProduced).Min(s => (DateTime?)s.At)
            where (resultAt ?? a.UpdatedAt) >= since
                && !steps.Any(s => s.ApplicationId == a.Id && HandlingSteps.Contains(s.Kind) && (resultAt == null || s.At <= resultAt))
            select new
            {
                Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId),
                ResultProducedOn = a.ResultProducedOn!.Value,
                Before = steps.Count(s => s.ApplicationId == a.Id && (resultAt == null || s.At < resultAt)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.HandledOutsideSystem,
            r.Hit,
            $"办件于{AnomalyFindings.Day(r.ResultProducedOn)}登记了审批结果，但此前系统中没有受理、审查或决定环节的记录（此前仅有{r.Before}条过程记录）。",
            new { resultProducedOn = r.ResultProducedOn, stepsBefore = r.Before, handlingSteps = 0 }))];
    }
}
