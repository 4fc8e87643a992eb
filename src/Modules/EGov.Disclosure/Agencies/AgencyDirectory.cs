using EGov.Disclosure.Domain.Agencies;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Agencies;

/// <summary>An agency as pages and handlers see it: its department and its settings (stored, or the defaults).</summary>
/// <param name="Settings">The stored row, or an unsaved default whose office is the agency itself.</param>
internal sealed record AgencyInfo(Guid DepartmentId, string Code, string Name, string ShortName, bool IsGovernment, DisclosureAgency Settings)
{
    public Guid OfficeDepartmentId => Settings.OfficeDepartmentId;
}

/// <summary>
/// The disclosure agencies (公开主体): the district government and its active departments and streets (the tree's first
/// two levels). An agency without stored settings works with defaults until its manager saves them.
/// </summary>
internal sealed class AgencyDirectory(EGovDbContext db, IOrganizationDirectory organization)
{
    public async Task<IReadOnlyList<AgencyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tree = await organization.TreeAsync(cancellationToken);
        var settings = await db.Set<DisclosureAgency>().AsNoTracking().ToDictionaryAsync(a => a.DepartmentId, cancellationToken);
        return [.. tree.Where(d => d.IsActive && d.Depth <= 1).Select(d => Info(d, settings.GetValueOrDefault(d.Id)))];
    }

    public async Task<AgencyInfo?> FindAsync(Guid departmentId, CancellationToken cancellationToken = default)
        => await organization.FindAsync(departmentId, cancellationToken) is { Depth: <= 1 } department
            ? Info(department, await db.Set<DisclosureAgency>().SingleOrDefaultAsync(a => a.DepartmentId == departmentId, cancellationToken))
            : null;

    public async Task<AgencyInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
        => await organization.FindByCodeAsync(code, cancellationToken) is { Depth: <= 1 } department
            ? Info(department, await db.Set<DisclosureAgency>().SingleOrDefaultAsync(a => a.DepartmentId == department.Id, cancellationToken))
            : null;

    /// <summary>The district government's own agency (the root of the tree).</summary>
    public async Task<AgencyInfo> GovernmentAsync(CancellationToken cancellationToken = default)
    {
        var root = (await organization.TreeAsync(cancellationToken)).First(d => d.Depth == 0);
        return Info(root, await db.Set<DisclosureAgency>().SingleOrDefaultAsync(a => a.DepartmentId == root.Id, cancellationToken));
    }

    private static AgencyInfo Info(DepartmentInfo department, DisclosureAgency? settings)
        => new(department.Id, department.Code, department.Name, department.ShortName, department.Depth == 0, settings ?? Defaults(department));

    private static DisclosureAgency Defaults(DepartmentInfo department) => new()
    {
        DepartmentId = department.Id,
        OfficeDepartmentId = department.Id,
        IndexCode = department.Code.ToUpperInvariant(),
        OfficeName = $"{department.Name}办公室",
        GuideText = "",
    };
}
