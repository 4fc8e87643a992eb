using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight;

/// <summary>Clocks built with the platform's ClockService, cards on them, and a department user who may watch.</summary>
internal sealed class BoardFixtures(PlatformFactory platform)
{
    /// <summary>A 事项 of this test only, so that the demo cases do not change the counts.</summary>
    public string Item { get; } = "测试事项" + Guid.NewGuid().ToString("N")[..8];

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public Task<Guid> NormalAsync(string module = "approvals", string type = "promised", Guid? department = null)
        => StartAsync(module, type, ClockLimit.Hours(1000), Today, DateTime.UtcNow, department);

    /// <summary>10 of 100 hours left: at most 20 % of the limit.</summary>
    public Task<Guid> WarningAsync(string module = "approvals", string type = "promised")
        => StartAsync(module, type, ClockLimit.Hours(100), Today, DateTime.UtcNow.AddHours(-90));

    public Task<Guid> OverdueAsync(string module, string type, Action<ClockService, StatutoryClock>? then = null, Guid? department = null)
        => StartAsync(module, type, ClockLimit.WorkingDays(5), Today.AddDays(-60), null, department, then);

    public async Task<Guid> DepartmentAsync(string code)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Department>().Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    public async Task CardAsync(Guid clockId, CardLevel level, CardState state)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var clock = await db.Set<StatutoryClock>().SingleAsync(c => c.Id == clockId);
        db.Add(new Card
        {
            Rule = OversightRules.YellowUncorrected,
            Cause = Guid.NewGuid().ToString(),
            Level = level,
            State = state,
            ClockId = clockId,
            Module = clock.Module,
            CaseType = clock.CaseType,
            CaseId = clock.CaseId,
            DepartmentId = clock.DepartmentId,
            Item = clock.Item,
            Title = clock.Title,
            CaseUrl = "/office/approvals/applications/" + clock.CaseId,
            Reason = "黄牌逾期未整改",
            RaisedAt = DateTime.UtcNow,
            RaisedOn = Today,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A new staff account of <paramref name="departmentCode"/> whose only role holds oversight.watch for its own department.</summary>
    public async Task<string> WatcherAsync(string departmentCode)
    {
        var userName = "w" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var now = DateTime.UtcNow;
        var account = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            DisplayName = "部门监察测试",
            Kind = AccountKind.Staff,
            CreatedAt = now,
            NormalizedUserName = scope.ServiceProvider.GetRequiredService<ILookupNormalizer>().NormalizeName(userName),
            LockoutEnabled = true,
        };
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<PasswordSetter>().TrySetAsync(account, TestAccounts.Password, false));
        var department = await db.Set<Department>().SingleAsync(d => d.Code == departmentCode);
        var role = new Role { Id = Guid.NewGuid(), Code = "t-" + userName, Name = "部门监察（测试）", Permissions = [OversightPermissions.Watch] };
        db.AddRange(account, role);
        db.Add(new Position { Id = Guid.NewGuid(), UserId = account.Id, DepartmentId = department.Id, Title = "科员", IsPrimary = true, CreatedAt = now });
        db.Add(new RoleAssignment { Id = Guid.NewGuid(), UserId = account.Id, RoleId = role.Id, DepartmentId = department.Id, Scope = AssignmentScope.OwnDepartment, CreatedAt = now });
        await db.SaveChangesAsync();
        return userName;
    }

    private async Task<Guid> StartAsync(
        string module, string type, ClockLimit limit, DateOnly start, DateTime? startedAt, Guid? department = null, Action<ClockService, StatutoryClock>? then = null)
    {
        await using var scope = platform.Scope();
        var clocks = scope.ServiceProvider.GetRequiredService<ClockService>();
        var clock = clocks.Start(new ClockStart(module, type, Guid.NewGuid().ToString(), "测试办件 " + module + "/" + type, start, limit)
        {
            DepartmentId = department,
            Item = Item,
            StartedAt = startedAt,
        }).Value;
        then?.Invoke(clocks, clock);
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return clock.Id;
    }
}
