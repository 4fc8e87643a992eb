using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Identity.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity.Administrators;

/// <summary>Keeps the three administrator roles in step with the permissions the modules of this build declare.</summary>
internal sealed class BuiltInRolesTask : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<PermissionCatalog>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var existing = await db.Set<Role>().Where(r => AdminRoles.Codes.Contains(r.Code)).ToListAsync(cancellationToken);
        foreach (var code in AdminRoles.Codes)
        {
            var role = existing.FirstOrDefault(r => r.Code == code);
            if (role is null)
            {
                role = new Role { Id = Guid.CreateVersion7(clock.GetUtcNow()), Code = code };
                db.Add(role);
            }

            role.Name = AdminRoles.NameOf(code);
            role.Description = "三员分立的内置角色，不能修改";
            role.IsAdminRole = true;
            var permissions = catalog.OfAdminRole(code);
            if (!role.Permissions.SequenceEqual(permissions))
            {
                role.Permissions = [.. permissions];
                role.Version++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
