using EGov.Approvals.Domain.Items;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>The items in the editor's scope, newest change first, by status and text.</summary>
internal sealed class StaffItemQueries(ItemAccess access, IOrganizationDirectory organization)
{
    public async Task<IReadOnlyList<StaffItemRow>> ListAsync(ItemStatus? status, string? q, CancellationToken cancellationToken)
    {
        var query = (await access.InScopeAsync(cancellationToken)).AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(i => i.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Name.Contains(text) || i.ImplementationCode.Contains(text));
        }

        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var rows = await query.OrderByDescending(i => i.UpdatedAt).Take(500)
            .Select(i => new { i.Id, i.Name, i.ImplementationCode, i.DepartmentId, i.ItemType, i.Status, i.UpdatedAt, i.Version }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StaffItemRow(r.Id, r.Name, r.ImplementationCode, names.GetValueOrDefault(r.DepartmentId, ""), r.ItemType, r.Status, r.UpdatedAt, r.Version))];
    }

    /// <summary>The departments the editor may create items for.</summary>
    public async Task<IReadOnlyList<DepartmentInfo>> DepartmentsAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(cancellationToken);
        return [.. (await organization.TreeAsync(cancellationToken)).Where(d => d.IsActive && scope.Contains(d.Id))];
    }
}

internal sealed record StaffItemRow(Guid Id, string Name, string ImplementationCode, string DepartmentName, ItemType ItemType, ItemStatus Status, DateTime UpdatedAt, long Version);
