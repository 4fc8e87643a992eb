using EGov.Platform.Data;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization.Positions;

/// <summary>A position with its department's name, for sign-in, the position switch and the accounts console.</summary>
internal sealed record PositionView(Guid Id, Guid DepartmentId, string DepartmentName, string Title, bool IsPrimary);

internal sealed class PositionLookup(EGovDbContext db)
{
    /// <summary>The positions of a person in active departments, primary first.</summary>
    public async Task<List<PositionView>> ForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from p in db.Set<Position>()
            join d in db.Set<Department>() on p.DepartmentId equals d.Id
            where p.UserId == userId && d.IsActive
            select new { p.Id, p.DepartmentId, d.Name, p.Title, p.IsPrimary, p.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderByDescending(r => r.IsPrimary).ThenBy(r => r.CreatedAt)
            .Select(r => new PositionView(r.Id, r.DepartmentId, r.Name, r.Title, r.IsPrimary))];
    }
}
