using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Identity;

/// <summary>Fresh staff accounts for tests that lock, expire or otherwise spoil an account.</summary>
internal static class TestAccounts
{
    public const string Password = "Xiling@2026";

    /// <summary>A clerk of 区政府办公室 with <see cref="Password"/>; <paramref name="oneTime"/> makes it a one-time password.</summary>
    public static async Task<string> CreateClerkAsync(PlatformFactory platform, bool oneTime = false)
    {
        var userName = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var account = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            DisplayName = "测试人员",
            Kind = AccountKind.Staff,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            NormalizedUserName = scope.ServiceProvider.GetRequiredService<ILookupNormalizer>().NormalizeName(userName),
            LockoutEnabled = true,
        };
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<PasswordSetter>().TrySetAsync(account, Password, oneTime));
        var office = await db.Set<Department>().SingleAsync(d => d.Code == "xlq-zfb");
        var clerk = await db.Set<Role>().SingleAsync(r => r.Code == DemoRoles.Clerk);
        db.Add(account);
        db.Add(new Position { Id = Guid.NewGuid(), UserId = account.Id, DepartmentId = office.Id, Title = "科员", IsPrimary = true, CreatedAt = account.CreatedAt });
        db.Add(new RoleAssignment { Id = Guid.NewGuid(), UserId = account.Id, RoleId = clerk.Id, DepartmentId = office.Id, Scope = AssignmentScope.OwnDepartment, CreatedAt = account.CreatedAt });
        await db.SaveChangesAsync();
        return userName;
    }
}
