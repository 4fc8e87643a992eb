using EGov.Platform.Identity;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Identity.Roles;

namespace EGov.UnitTests.Identity;

/// <summary>三员分立 (等保 8.1.5): disjoint powers, none of them a business permission.</summary>
public sealed class AdminRolesTests
{
    private static readonly PermissionCatalog Catalog = new(PlatformPermissions.Definitions);

    [Fact]
    public void The_three_administrator_permission_sets_are_disjoint_and_not_empty()
    {
        var sets = AdminRoles.Codes.Select(Catalog.OfAdminRole).ToList();

        Assert.All(sets, s => Assert.NotEmpty(s));
        Assert.Equal(sets.Sum(s => s.Count), sets.SelectMany(s => s).Distinct().Count());
    }

    [Fact]
    public void No_administrator_holds_a_business_permission()
    {
        var business = Catalog.Business.Select(d => d.Name).ToHashSet();

        Assert.All(AdminRoles.Codes, code => Assert.DoesNotContain(Catalog.OfAdminRole(code), business.Contains));
    }

    [Fact]
    public void Each_administrator_has_exactly_the_powers_of_its_post()
    {
        Assert.Equal([PlatformPermissions.AccountsManage, PlatformPermissions.CalendarManage, PlatformPermissions.DepartmentsManage],
            Catalog.OfAdminRole(AdminRoles.SystemAdmin));
        Assert.Equal([PlatformPermissions.PoliciesManage, PlatformPermissions.RolesAssign, PlatformPermissions.RolesManage, PlatformPermissions.SecurityKeysManage],
            Catalog.OfAdminRole(AdminRoles.SecurityAdmin));
        Assert.Equal([PlatformPermissions.AuditExport, PlatformPermissions.AuditView], Catalog.OfAdminRole(AdminRoles.AuditAdmin));
    }

    [Fact]
    public void Permission_names_are_unique()
        => Assert.Equal(PlatformPermissions.Definitions.Count, PlatformPermissions.Definitions.Select(d => d.Name).Distinct().Count());
}
