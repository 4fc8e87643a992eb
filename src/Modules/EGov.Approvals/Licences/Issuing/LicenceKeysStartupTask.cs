using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>
/// On start, creates the signing key of every department whose items issue licences, so that issuing never has
/// to create a key inside its transaction (see <see cref="LicenceSigningKeys"/>).
/// </summary>
internal sealed class LicenceKeysStartupTask : IStartupTask
{
    // After the key store's own task (10).
    public int Order => 600;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var departmentIds = await db.Set<ServiceItem>().Where(i => i.IssuesELicence).Select(i => i.DepartmentId).Distinct().ToListAsync(cancellationToken);
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var codes = new List<string>();
        foreach (var id in departmentIds)
        {
            if (await directory.FindAsync(id, cancellationToken) is { } department)
            {
                codes.Add(department.Code);
            }
        }

        await scope.ServiceProvider.GetRequiredService<LicenceSigningKeys>().EnsureAsync(codes, cancellationToken);
    }
}
