using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>The 发文 lists: each box is the documents in scope that wait for this person's step, newest change first.</summary>
internal sealed class OutgoingQueries(OutgoingScope scope, EGovDbContext db)
{
    public const int PageSize = 20;
    public const int ExportLimit = 5000;

    public async Task<OutgoingPage> ListAsync(OutgoingBox box, string? search, int page, ClaimsPrincipal user, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        var query = await BoxAsync(await scope.ReadableAsync(cancellationToken), box, user, cancellationToken);
        if (DocumentsText.Trimmed(search) is { } q)
        {
            query = query.Where(d => d.Title.Contains(q) || (d.DocumentNumber != null && d.DocumentNumber.Contains(q)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.UpdatedAt).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(d => new OutgoingRow(d.Id, d.Title, d.Type, d.State, d.DocumentNumber, d.Urgency, d.DrafterName, d.AgencyCode, d.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new OutgoingPage(rows, total, Math.Max(page, 1), pageSize);
    }

    private async Task<IQueryable<OfficialDocument>> BoxAsync(IQueryable<OfficialDocument> q, OutgoingBox box, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        switch (box)
        {
            case OutgoingBox.Mine:
                var me = user.AccountId() ?? Guid.Empty;
                return q.Where(d => d.DrafterId == me);
            case OutgoingBox.Review:
                return q.Where(d => d.State == DocumentState.Reviewing).WhereInScope(await scope.ForAsync(DocumentsPermissions.Review, cancellationToken), d => d.DepartmentId);
            case OutgoingBox.Countersign:
                var set = await scope.ForAsync(DocumentsPermissions.Countersign, cancellationToken);
                var pending = db.Set<Countersign>().Where(c => c.Agreed == null).WhereInScope(set, c => c.DepartmentId);
                return q.Where(d => d.State == DocumentState.Countersigning && pending.Any(c => c.DocumentId == d.Id && c.Round == d.Round));
            case OutgoingBox.SignOff:
                return q.Where(d => d.State == DocumentState.SigningOff).WhereInScope(await scope.ForAsync(DocumentsPermissions.SignOff, cancellationToken), d => d.AgencyId);
            case OutgoingBox.Dispatch:
                return q.Where(d => d.State == DocumentState.SignedOff || d.State == DocumentState.Numbered || d.State == DocumentState.Sealed)
                    .WhereInScope(await scope.ForAsync(DocumentsPermissions.Dispatch, cancellationToken), d => d.DispatchDepartmentId);
            case OutgoingBox.Issued:
                return q.Where(d => d.State == DocumentState.Distributed || d.State == DocumentState.Archived);
            default:
                return q;
        }
    }
}
