using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>
/// DEMO: right after the demo organization, the signing key of every department, so that the demo items and
/// applications seeded later can issue licences in their transactions.
/// </summary>
internal sealed class LicenceKeysDemoSeeder : IDemoSeeder
{
    // After the organization (10) and before any approvals data.
    public int Order => 11;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
        var codes = tree.Where(d => d.IsActive && d.Kind == DepartmentKind.GovernmentDepartment).Select(d => d.Code);
        await scope.ServiceProvider.GetRequiredService<LicenceSigningKeys>().EnsureAsync(codes, cancellationToken);
    }
}
