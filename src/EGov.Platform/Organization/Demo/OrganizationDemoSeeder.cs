using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Organization.Demo;

/// <summary>DEMO DATA: adds the departments of <see cref="XilingOrganization"/> that are missing; a second run adds nothing.</summary>
internal sealed class OrganizationDemoSeeder : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var byCode = await db.Set<Department>().ToDictionaryAsync(d => d.Code, cancellationToken);
        var order = 0;
        foreach (var demo in XilingOrganization.All)
        {
            order += 10;
            if (byCode.ContainsKey(demo.Code))
            {
                continue;
            }

            var parent = demo.ParentCode is null ? null : byCode[demo.ParentCode];
            var id = Guid.CreateVersion7(clock.GetUtcNow());
            var department = new Department
            {
                Id = id,
                Code = demo.Code,
                Name = demo.Name,
                ShortName = demo.ShortName,
                Kind = demo.Kind,
                ParentId = parent?.Id,
                Path = DepartmentPath.Child(parent?.Path ?? DepartmentPath.Root, id),
                SortOrder = order,
                Version = 1,
            };
            db.Add(department);
            byCode[demo.Code] = department;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
