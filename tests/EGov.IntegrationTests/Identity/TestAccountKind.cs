using EGov.Platform.Identity;

namespace EGov.IntegrationTests.Identity;

/// <summary>
/// The account kind a test principal would really have, from the permissions it is given: whoever holds an administrator's
/// permission is that administrator, everyone else staff. The office and admin shells check the kind (三员分立).
/// </summary>
public static class TestAccountKind
{
    public static string For(IEnumerable<string> permissions)
    {
        var adminRole = permissions
            .Select(p => PlatformPermissions.Definitions.FirstOrDefault(d => d.Name == p)?.AdminRole)
            .FirstOrDefault(r => r is not null);
        return (adminRole is null ? AccountKind.Staff : AdminRoles.KindOf(adminRole)).ToString();
    }
}
