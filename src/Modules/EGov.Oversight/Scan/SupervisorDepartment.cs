using EGov.Platform.Organization;
using Microsoft.Extensions.Options;

namespace EGov.Oversight.Scan;

/// <summary>The supervisors' department (<see cref="OversightOptions.SupervisorDepartment"/>, else the district government at the tree's root).</summary>
internal sealed class SupervisorDepartment(IOrganizationDirectory organization, IOptions<OversightOptions> options)
{
    public async Task<Guid?> FindAsync(CancellationToken cancellationToken)
    {
        if (await organization.FindByCodeAsync(options.Value.SupervisorDepartment, cancellationToken) is { } configured)
        {
            return configured.Id;
        }

        var tree = await organization.TreeAsync(cancellationToken);
        return tree.FirstOrDefault(d => d.Depth == 0)?.Id;
    }
}
