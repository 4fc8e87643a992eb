using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Administrators;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Positions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IPersonalDataProtector = EGov.Platform.PersonalData.IPersonalDataProtector;

namespace EGov.Platform.Identity.Demo;

/// <summary>DEMO DATA: the demo roles and the accounts of <see cref="DemoAccounts"/>; accounts that exist are left alone.</summary>
internal sealed class IdentityDemoSeeder : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        var clock = sp.GetRequiredService<TimeProvider>();
        await SeedRolesAsync(db, clock, cancellationToken);
        var creator = sp.GetRequiredService<AdminAccountCreator>();
        foreach (var code in AdminRoles.Codes)
        {
            if (!await db.Set<UserAccount>().AnyAsync(u => u.UserName == code, cancellationToken))
            {
                await creator.CreateAsync(code, code, AdminRoles.NameOf(code), DemoAccounts.Password, cancellationToken);
            }
        }

        var accounts = new DemoAccountFactory(db, sp.GetRequiredService<ILookupNormalizer>(), sp.GetRequiredService<PasswordSetter>(), clock);
        var departments = await db.Set<Department>().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var roles = await db.Set<Role>().ToDictionaryAsync(r => r.Code, r => r.Id, cancellationToken);
        foreach (var staff in DemoAccounts.Staff)
        {
            if (await accounts.CreateAsync(staff.UserName, staff.Name, AccountKind.Staff, cancellationToken) is not { } account)
            {
                continue;
            }

            foreach (var (position, index) in staff.Positions.Select((p, i) => (p, i)))
            {
                var departmentId = departments[position.DepartmentCode];
                db.Add(new Position { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = account.Id, DepartmentId = departmentId, Title = position.Title, IsPrimary = index == 0, CreatedAt = clock.GetUtcNow().UtcDateTime.AddSeconds(index) });
                db.Add(new RoleAssignment { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = account.Id, RoleId = roles[position.RoleCode], DepartmentId = departmentId, Scope = position.Scope, CreatedAt = clock.GetUtcNow().UtcDateTime });
            }
        }

        await SeedPublicAccountsAsync(db, accounts, sp.GetRequiredService<IPersonalDataProtector>(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedRolesAsync(EGovDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Role>().Select(r => r.Code).ToListAsync(cancellationToken);
        foreach (var (code, name, description, permissions) in DemoRoles.All.Where(r => !existing.Contains(r.Code)))
        {
            db.Add(new Role { Id = Guid.CreateVersion7(clock.GetUtcNow()), Code = code, Name = name, Description = description, Permissions = [.. permissions], Version = 1 });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedPublicAccountsAsync(EGovDbContext db, DemoAccountFactory accounts, IPersonalDataProtector protector, CancellationToken cancellationToken)
    {
        var citizen = DemoAccounts.Citizen;
        if (await accounts.CreateAsync(citizen.UserName, citizen.Name, AccountKind.Citizen, cancellationToken) is { } person)
        {
            db.Add(new AccountProfile
            {
                UserId = person.Id,
                ResidentIdNumber = citizen.ResidentIdNumber,
                ResidentIdIndex = protector.BlindIndex(citizen.ResidentIdNumber),
                Mobile = citizen.Mobile,
                MobileIndex = protector.BlindIndex(citizen.Mobile),
                Address = "西陵区西陵二路（演示地址）",
            });
        }

        var enterprise = DemoAccounts.Enterprise;
        if (await accounts.CreateAsync(enterprise.UserName, enterprise.Name, AccountKind.Enterprise, cancellationToken) is { } company)
        {
            db.Add(new AccountProfile
            {
                UserId = company.Id,
                UnifiedSocialCreditCode = enterprise.CreditCode,
                CreditCodeIndex = protector.BlindIndex(enterprise.CreditCode),
                LegalRepresentative = enterprise.Representative,
                Mobile = enterprise.Mobile,
                MobileIndex = protector.BlindIndex(enterprise.Mobile),
                Address = "西陵经济发展区（演示地址）",
            });
        }
    }
}

/// <summary>Adds a demo account with the demo password unless the user name exists.</summary>
internal sealed class DemoAccountFactory(EGovDbContext db, ILookupNormalizer normalizer, PasswordSetter passwords, TimeProvider clock)
{
    public async Task<UserAccount?> CreateAsync(string userName, string name, AccountKind kind, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(userName);
        if (await db.Set<UserAccount>().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return null;
        }

        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = userName,
            NormalizedUserName = normalized,
            DisplayName = name,
            Kind = kind,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        var errors = await passwords.TrySetAsync(account, DemoAccounts.Password, oneTime: false);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("演示密码不符合当前密码策略：" + string.Join(' ', errors));
        }

        db.Add(account);
        return account;
    }
}
