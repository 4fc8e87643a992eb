using EGov.Approvals.Domain.Applications;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight.Checks;

/// <summary>
/// Concluded applications missing what must come before 办结: acceptance (行政许可法 第三十二条), or the written result
/// and its delivery (第三十八条、第四十四条). Bounded by the conclusion instant.
/// </summary>
internal static class ConclusionChecks
{
    public static async Task<IReadOnlyList<AnomalyFinding>> WithoutAcceptanceAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var rows = await Concluded(db, since)
            .Where(a => a.AcceptedOn == null)
            .Select(a => new { Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId), a.MaterialsReceivedOn, a.ConcludedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.ConcludedWithoutAcceptance,
            r.Hit,
            $"办件于{AnomalyFindings.Day(r.ConcludedOn)}办结，但没有受理记录（收到材料日期{AnomalyFindings.Day(r.MaterialsReceivedOn)}）。",
            new { materialsReceivedOn = r.MaterialsReceivedOn, acceptedOn = (DateOnly?)null, concludedOn = r.ConcludedOn }))];
    }

    public static async Task<IReadOnlyList<AnomalyFinding>> WithoutResultAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var rows = await Concluded(db, since)
            .Where(a => a.ResultProducedOn == null || a.DeliveredOn == null)
            .Select(a => new { Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId), a.ConcludedOn, a.ResultProducedOn, a.DeliveredOn })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.ConcludedWithoutResult,
            r.Hit,
            $"办件于{AnomalyFindings.Day(r.ConcludedOn)}办结，但{Missing(r.ResultProducedOn, r.DeliveredOn)}。",
            new { concludedOn = r.ConcludedOn, resultProducedOn = r.ResultProducedOn, deliveredOn = r.DeliveredOn }))];
    }

    /// <summary>Concluded at or after <paramref name="since"/>; a conclusion without its instant counts by the last change.</summary>
    internal static IQueryable<Application> Concluded(EGovDbContext db, DateTime since)
        => db.Set<Application>().AsNoTracking()
            .Where(a => a.State == ApplicationState.Concluded && (a.ConcludedAt ?? a.UpdatedAt) >= since);

    private static string Missing(DateOnly? result, DateOnly? delivered) => (result, delivered) switch
    {
        (null, null) => "没有出具审批结果的记录，也没有送达记录",
        (null, _) => "没有出具审批结果的记录",
        _ => "没有送达记录",
    };
}
