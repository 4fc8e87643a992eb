using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;

namespace EGov.UnitTests.Identity;

public sealed class AssignmentRulesTests
{
    private static readonly Role SysAdmin = new() { Id = Guid.NewGuid(), Code = AdminRoles.SystemAdmin, Name = "系统管理员", IsAdminRole = true };
    private static readonly Role AuditAdmin = new() { Id = Guid.NewGuid(), Code = AdminRoles.AuditAdmin, Name = "审计管理员", IsAdminRole = true };
    private static readonly Role Clerk = new() { Id = Guid.NewGuid(), Code = "clerk", Name = "办事员" };
    private static readonly Guid Department = Guid.NewGuid();

    [Fact]
    public void Administrator_account_takes_its_own_administrator_role()
        => Assert.Null(AssignmentRules.Check(AccountKind.SystemAdmin, SysAdmin, null, [], holdsPosition: false));

    [Fact]
    public void Administrator_account_holds_at_most_one_administrator_role()
    {
        var error = AssignmentRules.Check(AccountKind.SystemAdmin, SysAdmin, null, [new(SysAdmin.Id, null)], holdsPosition: false);

        Assert.Equal("identity.admin_holds_one_role", error?.Code);
    }

    [Fact]
    public void Administrator_role_goes_only_to_an_account_of_its_kind()
    {
        Assert.Equal("identity.admin_role_kind_mismatch", AssignmentRules.Check(AccountKind.SystemAdmin, AuditAdmin, null, [], false)?.Code);
        Assert.Equal("identity.admin_role_kind_mismatch", AssignmentRules.Check(AccountKind.Staff, SysAdmin, null, [], false)?.Code);
    }

    [Fact]
    public void Administrator_account_cannot_hold_a_business_role()
        => Assert.Equal("identity.admin_no_business_role", AssignmentRules.Check(AccountKind.SecurityAdmin, Clerk, Department, [], true)?.Code);

    [Fact]
    public void Citizens_hold_no_role()
        => Assert.Equal("identity.business_role_staff_only", AssignmentRules.Check(AccountKind.Citizen, Clerk, Department, [], true)?.Code);

    [Fact]
    public void Business_role_needs_a_position_in_the_department()
    {
        Assert.Equal("identity.assignment_needs_position", AssignmentRules.Check(AccountKind.Staff, Clerk, Department, [], holdsPosition: false)?.Code);
        Assert.Null(AssignmentRules.Check(AccountKind.Staff, Clerk, Department, [], holdsPosition: true));
    }

    [Fact]
    public void The_same_role_in_the_same_department_is_not_assigned_twice()
        => Assert.Equal("identity.assignment_exists", AssignmentRules.Check(AccountKind.Staff, Clerk, Department, [new(Clerk.Id, Department)], true)?.Code);
}
