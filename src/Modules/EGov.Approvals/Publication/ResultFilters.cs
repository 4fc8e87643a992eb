using EGov.Approvals.Domain.Applications;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Publication;

/// <summary>The departments and items that have published results, for the filter of 结果公示.</summary>
internal sealed class ResultFilters(EGovDbContext db, IOrganizationDirectory organization)
{
    public async Task<ResultFilterOptions> ListAsync(CancellationToken cancellationToken = default)
    {
        var published = db.Set<Application>().Where(a => a.Decision == Decision.Approved && a.State == ApplicationState.Concluded);
        var departmentIds = await published.Select(a => a.DepartmentId).Distinct().ToListAsync(cancellationToken);
        var items = await published.GroupBy(a => new { a.ItemId, a.ItemName }).Select(g => new { g.Key.ItemId, g.Key.ItemName }).ToListAsync(cancellationToken);
        var departments = new List<(string Code, string Name)>();
        foreach (var id in departmentIds)
        {
            if (await organization.FindAsync(id, cancellationToken) is { } department)
            {
                departments.Add((department.Code, department.Name));
            }
        }

        return new ResultFilterOptions(
            [.. departments.OrderBy(d => d.Code, StringComparer.Ordinal)],
            [.. items.Select(i => (i.ItemId, i.ItemName)).DistinctBy(i => i.ItemId).OrderBy(i => i.ItemName, StringComparer.Ordinal)]);
    }
}

internal sealed record ResultFilterOptions(IReadOnlyList<(string Code, string Name)> Departments, IReadOnlyList<(Guid Id, string Name)> Items);
