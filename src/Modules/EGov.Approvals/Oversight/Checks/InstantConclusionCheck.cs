using System.Globalization;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Oversight.Checks;

/// <summary>
/// "提前办结": a 承诺件 concluded less than a minute after its acceptance, i.e. no review happened in the system. The
/// application keeps only the acceptance date; the instant is the journal's acceptance step.
/// </summary>
internal static class InstantConclusionCheck
{
    private const string Accepted = "accepted";
    private const string DeemedAccepted = "deemed_accepted";

    public static async Task<IReadOnlyList<AnomalyFinding>> FindAsync(EGovDbContext db, DateTime since, CancellationToken cancellationToken)
    {
        var rows = await (
            from a in ConclusionChecks.Concluded(db, since)
            where a.CaseKind == CaseKind.Committed && a.ConcludedAt != null
            let acceptedAt = db.Set<ApplicationStep>()
                .Where(s => s.ApplicationId == a.Id && (s.Kind == Accepted || s.Kind == DeemedAccepted))
                .Max(s => (DateTime?)s.At)
            where acceptedAt != null && acceptedAt.Value.AddMinutes(1) > a.ConcludedAt!.Value
            select new { Hit = new ApplicationHit(a.Id, a.Number, a.ItemName, a.DepartmentId), AcceptedAt = acceptedAt!.Value, ConcludedAt = a.ConcludedAt!.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => AnomalyFindings.Of(
            ApplicationAnomalyRules.InstantConclusion,
            r.Hit,
            $"承诺件于{Minute(r.AcceptedAt)}受理，{Minute(r.ConcludedAt)}即办结，受理与办结相隔不足一分钟。",
            new { acceptedAt = r.AcceptedAt, concludedAt = r.ConcludedAt, seconds = (int)(r.ConcludedAt - r.AcceptedAt).TotalSeconds }))];
    }

    private static string Minute(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm:ss", CultureInfo.InvariantCulture);
}
