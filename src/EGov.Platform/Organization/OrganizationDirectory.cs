using EGov.Platform.Data;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization;

internal sealed class OrganizationDirectory(EGovDbContext db) : IOrganizationDirectory
{
    public async Task<DepartmentInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => (await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)) is { } d ? ToInfo(d) : null;

    public async Task<DepartmentInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
        => (await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, cancellationToken)) is { } d ? ToInfo(d) : null;

    public async Task<IReadOnlyList<DepartmentInfo>> TreeAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Set<Department>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. DepartmentTree.InOrder(all).Select(ToInfo)];
    }

    private static DepartmentInfo ToInfo(Department d)
        => new(d.Id, d.Code, d.Name, d.ShortName, d.Kind, d.ParentId, DepartmentPath.Ids(d.Path).Count - 1, d.IsActive);
}
