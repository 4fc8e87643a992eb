using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Packages;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Statistics;

/// <summary>
/// Counts one China year of 发文 and 收文 per department within the reader's scope of <c>documents.statistics</c>.
/// Each query groups in the database; only the per-department figures come back.
/// </summary>
internal sealed class StatisticsQuery(EGovDbContext db, IDepartmentScope scope, IOrganizationDirectory organization, IOptions<StatisticsOptions> options, TimeProvider time)
{
    public async Task<DocumentStatistics> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (ChinaTime.StartOfDay(new DateOnly(year, 1, 1)), ChinaTime.StartOfDay(new DateOnly(year + 1, 1, 1)));
        var visible = await scope.ForPermissionAsync(DocumentsPermissions.Statistics, cancellationToken);
        var today = ChinaTime.Today(time);

        var issued = db.Set<OfficialDocument>().Where(d => d.DistributedAt >= from && d.DistributedAt < to);
        var sent = await issued.GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var deliveries = await db.Set<Distribution>().Join(issued, x => x.DocumentId, d => d.Id, (x, d) => new { d.AgencyId, Internal = x.DepartmentId != null })
            .GroupBy(x => new { x.AgencyId, x.Internal }).Select(g => new { g.Key.AgencyId, g.Key.Internal, Count = g.Count() }).ToListAsync(cancellationToken);
        var exported = await db.Set<ExchangeLog>().Where(l => !l.IsImport).Join(issued, l => l.DocumentId, d => d.Id, (l, d) => d.AgencyId)
            .GroupBy(a => a).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var incoming = db.Set<IncomingDocument>().Where(i => i.DeliveredAt >= from && i.DeliveredAt < to);
        var received = await incoming.GroupBy(i => new { i.DepartmentId, Paper = i.Channel == IncomingChannel.Paper })
            .Select(g => new { g.Key.DepartmentId, g.Key.Paper, Count = g.Count() }).ToListAsync(cancellationToken);
        var concluded = await incoming.Where(i => i.ConcludedAt != null && i.ReceivedAt != null)
            .Select(i => new { i.DepartmentId, i.ReceivedAt, i.ConcludedAt, i.DueDate }).ToListAsync(cancellationToken);
        var openOverdue = await incoming.Where(i => i.ConcludedAt == null && i.DueDate != null && i.DueDate < today)
            .GroupBy(i => i.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var departments = sent.Select(s => s.Key).Concat(received.Select(r => r.DepartmentId)).Distinct().Where(visible.Contains).ToList();
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var rows = departments.Select(id =>
        {
            var done = concluded.Where(c => c.DepartmentId == id).ToList();
            var internalCount = deliveries.Where(x => x.AgencyId == id && x.Internal).Sum(x => x.Count);
            var externalCount = deliveries.Where(x => x.AgencyId == id && !x.Internal).Sum(x => x.Count);
            var packages = Math.Min(externalCount, exported.Where(e => e.Key == id).Sum(e => e.Count));
            return new DepartmentFigures(
                id, names.GetValueOrDefault(id, "（已撤销的部门）"),
                sent.Where(s => s.Key == id).Sum(s => s.Count), internalCount + packages, externalCount - packages,
                received.Where(r => r.DepartmentId == id).Sum(r => r.Count), received.Where(r => r.DepartmentId == id && !r.Paper).Sum(r => r.Count),
                done.Count, done.Count == 0 ? null : Math.Round(done.Average(c => (c.ConcludedAt!.Value - c.ReceivedAt!.Value).TotalDays), 1),
                done.Count(c => c.DueDate is { } due && ChinaTime.DateOf(c.ConcludedAt!.Value) > due) + openOverdue.Where(o => o.Key == id).Sum(o => o.Count));
        }).OrderByDescending(r => r.Sent + r.Received).ThenBy(r => r.Department, StringComparer.Ordinal).ToList();
        return new DocumentStatistics(year, rows, Total(rows, concluded.Where(c => departments.Contains(c.DepartmentId)).Select(c => (c.ConcludedAt!.Value - c.ReceivedAt!.Value).TotalDays).ToList()), options.Value.PaperlessTarget);
    }

    private static DepartmentFigures Total(List<DepartmentFigures> rows, List<double> handlingDays) => new(
        null, "合计", rows.Sum(r => r.Sent), rows.Sum(r => r.SentElectronic), rows.Sum(r => r.SentPaper), rows.Sum(r => r.Received),
        rows.Sum(r => r.ReceivedElectronic), rows.Sum(r => r.Concluded), handlingDays.Count == 0 ? null : Math.Round(handlingDays.Average(), 1), rows.Sum(r => r.Overdue));
}
