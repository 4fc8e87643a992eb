using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Time;
using EGov.Security.Seals.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Security.Seals.Demo;

/// <summary>
/// DEMO DATA: right after the demo organization, a drawn round seal for 西陵区人民政府 and for each of its working
/// departments (区政府办公室 among them), valid for five years from today, so that the documents demo can seal.
/// </summary>
internal sealed class SealsDemoSeeder : IDemoSeeder
{
    public const int Years = 5;

    // After the organization (10) and the licence keys (11); before any documents data.
    public int Order => 12;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var tree = await provider.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
        var withSeal = await provider.GetRequiredService<Platform.Data.EGovDbContext>().Set<ESeal>().Select(s => s.DepartmentId).Distinct().ToListAsync(cancellationToken);
        var today = ChinaTime.Today(provider.GetRequiredService<TimeProvider>());
        var agencies = tree.Where(d => d.IsActive && d.Kind is DepartmentKind.DistrictGovernment or DepartmentKind.GovernmentDepartment && !withSeal.Contains(d.Id));
        foreach (var agency in agencies)
        {
            await using var one = services.CreateAsyncScope();
            var created = await one.ServiceProvider.GetRequiredService<CreateSealHandler>()
                .CreateAsync(new SealInput(agency.Id, null, today, today.AddYears(Years), null), "demo", cancellationToken);
            if (created.Error is { } error)
            {
                throw new InvalidOperationException($"演示印章 {agency.Name}：{error.Message}");
            }
        }
    }
}
