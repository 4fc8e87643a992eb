using EGov.Approvals.Domain.Licences;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Revocation;

/// <summary>The licences in the user's scope, newest first, filtered by status, item and text.</summary>
internal sealed class StaffLicenceList(StaffLicences staff, IOrganizationDirectory organization, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<StaffLicencePage> QueryAsync(StaffLicenceFilter filter, CancellationToken cancellationToken = default)
    {
        var query = await staff.InScopeAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        query = filter.Status switch
        {
            "valid" => query.Where(l => l.Status == LicenceStatus.Valid && (l.ValidUntil == null || l.ValidUntil >= today)),
            "expired" => query.Where(l => l.Status == LicenceStatus.Valid && l.ValidUntil < today),
            "revoked" => query.Where(l => l.Status == LicenceStatus.Revoked),
            _ => query,
        };
        if (filter.ItemId is { } item)
        {
            query = query.Where(l => l.ItemId == item);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(l => l.Number.Contains(q) || l.HolderName.Contains(q) || l.Title.Contains(q));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Number)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var lines = new List<StaffLicenceLine>();
        foreach (var l in rows)
        {
            var department = await organization.FindAsync(l.DepartmentId, cancellationToken);
            lines.Add(new StaffLicenceLine(l.Id, l.Number, l.Title, l.HolderName, department?.Name ?? "", l.IssuedOn, l.ValidUntil, LicenceStates.Of(l, today), l.RevokedAt, l.RevocationReason, l.ApplicationId, l.Version));
        }

        return new StaffLicencePage(lines, total, page, (total + PageSize - 1) / PageSize);
    }
}

internal sealed record StaffLicenceFilter(string? Status, Guid? ItemId, string? Q, int Page = 1);

internal sealed record StaffLicencePage(IReadOnlyList<StaffLicenceLine> Items, int Total, int Page, int PageCount);

internal sealed record StaffLicenceLine(
    Guid Id, string Number, string Title, string Holder, string Department, DateOnly IssuedOn, DateOnly? ValidUntil, string State, DateTime? RevokedAt, string? RevocationReason, Guid ApplicationId, long Version);
