using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Packages;

/// <summary>What the exchange page lists: recent packages, and the distributed documents that can be packed.</summary>
internal sealed class ExchangeLogQuery(EGovDbContext db, OutgoingScope scope)
{
    public const int Recent = 30;

    public Task<List<ExchangeLog>> RecentAsync(CancellationToken cancellationToken)
        => db.Set<ExchangeLog>().AsNoTracking().OrderByDescending(l => l.At).Take(Recent).ToListAsync(cancellationToken);

    /// <summary>Sealed and distributed documents of the departments the user exchanges for, newest first.</summary>
    public async Task<List<OfficialDocument>> ExportableAsync(CancellationToken cancellationToken)
    {
        var readable = await scope.ReadableAsync(cancellationToken);
        var mine = await scope.ForAsync(DocumentsPermissions.Exchange, cancellationToken);
        var documents = await readable.AsNoTracking()
            .Where(d => (d.State == DocumentState.Distributed || d.State == DocumentState.Archived) && d.SealedPdfId != null)
            .OrderByDescending(d => d.DistributedAt).Take(200).ToListAsync(cancellationToken);
        return [.. documents.Where(d => mine.Contains(d.DispatchDepartmentId)).Take(50)];
    }
}
