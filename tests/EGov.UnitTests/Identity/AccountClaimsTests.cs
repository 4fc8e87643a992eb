using System.Security.Claims;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Claims;

namespace EGov.UnitTests.Identity;

public sealed class AccountClaimsTests
{
    private static readonly UserAccount Account = new() { Id = Guid.NewGuid(), UserName = "bgs.keyuan", DisplayName = "李文静", Kind = AccountKind.Staff };
    private static readonly ActivePosition Office = new(Guid.NewGuid(), "西陵区人民政府办公室", "科员");

    private static readonly HeldRole[] Roles =
    [
        new("clerk", "办事员", ["inbox.use", "organization.view"]),
        new("reviewer", "审核员", ["inbox.use", "documents.review"]),
    ];

    [Fact]
    public void Principal_names_the_account_its_kind_and_the_active_department()
    {
        var user = AccountClaims.Build(Account, Office, Roles, Guid.NewGuid(), passwordChangeRequired: false);

        Assert.Equal(Account.Id, user.AccountId());
        Assert.Equal("bgs.keyuan", user.Identity?.Name);
        Assert.Equal(AccountKind.Staff, user.AccountKind());
        Assert.Equal(Office.DepartmentId, user.DepartmentId());
        Assert.Equal("西陵区人民政府办公室", user.FindFirstValue(PlatformClaims.DepartmentName));
        Assert.True(user.IsInRole("clerk"));
    }

    [Fact]
    public void Principal_has_one_claim_per_distinct_permission_of_the_roles_held()
    {
        var user = AccountClaims.Build(Account, Office, Roles, Guid.NewGuid(), passwordChangeRequired: false);

        Assert.Equal(["documents.review", "inbox.use", "organization.view"], user.FindAll(PlatformClaims.Permission).Select(c => c.Value));
        Assert.True(user.HasPermission("documents.review"));
    }

    [Fact]
    public void Principal_that_must_change_its_password_has_no_permission_and_no_department()
    {
        var user = AccountClaims.Build(Account, Office, Roles, Guid.NewGuid(), passwordChangeRequired: true);

        Assert.True(user.HasClaim(c => c.Type == PlatformClaims.PasswordChangeRequired));
        Assert.Empty(user.FindAll(PlatformClaims.Permission));
        Assert.Null(user.DepartmentId());
    }
}
