using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Scope;

namespace EGov.UnitTests.Organization;

public sealed class ScopeResolverTests
{
    // 区政府 ─┬─ 发改局
    //         └─ 西陵街道 ─┬─ 胜利社区
    //                      └─ 珠海社区
    private static readonly Guid District = Guid.NewGuid();
    private static readonly Guid Fgw = Guid.NewGuid();
    private static readonly Guid Street = Guid.NewGuid();
    private static readonly Guid Shengli = Guid.NewGuid();
    private static readonly Guid Zhuhai = Guid.NewGuid();

    private static readonly DepartmentNode[] Tree = Build();

    [Fact]
    public void Own_department_scope_sees_only_that_department()
    {
        var scope = ScopeResolver.Resolve([new(Street, AssignmentScope.OwnDepartment)], Tree);

        Assert.Equal([Street], scope.Ids);
        Assert.False(scope.Contains(Shengli));
    }

    [Fact]
    public void Department_and_children_scope_sees_the_whole_subtree_but_not_the_parent_or_siblings()
    {
        var scope = ScopeResolver.Resolve([new(Street, AssignmentScope.DepartmentAndChildren)], Tree);

        Assert.Equal(new HashSet<Guid> { Street, Shengli, Zhuhai }, scope.Ids);
        Assert.False(scope.Contains(District));
        Assert.False(scope.Contains(Fgw));
    }

    [Fact]
    public void Whole_district_scope_sees_everything()
    {
        var scope = ScopeResolver.Resolve([new(Fgw, AssignmentScope.OwnDepartment), new(District, AssignmentScope.WholeDistrict)], Tree);

        Assert.True(scope.IsWholeDistrict);
        Assert.True(Tree.All(d => scope.Contains(d.Id)));
    }

    [Fact]
    public void Several_grants_give_the_union_of_their_scopes()
    {
        var scope = ScopeResolver.Resolve([new(Fgw, AssignmentScope.OwnDepartment), new(Shengli, AssignmentScope.DepartmentAndChildren)], Tree);

        Assert.Equal(new HashSet<Guid> { Fgw, Shengli }, scope.Ids);
    }

    [Fact]
    public void No_grant_sees_nothing()
    {
        var scope = ScopeResolver.Resolve([], Tree);

        Assert.True(scope.IsEmpty);
        Assert.False(scope.Contains(District));
    }

    [Fact]
    public void WhereInScope_filters_rows_by_their_department()
    {
        var rows = new[] { (Id: 1, Dept: Fgw), (Id: 2, Dept: Street), (Id: 3, Dept: Zhuhai) }.AsQueryable();
        var scope = ScopeResolver.Resolve([new(Street, AssignmentScope.DepartmentAndChildren)], Tree);

        Assert.Equal([2, 3], rows.WhereInScope(scope, r => r.Dept).Select(r => r.Id));
        Assert.Equal([1, 2, 3], rows.WhereInScope(DepartmentSet.WholeDistrict, r => r.Dept).Select(r => r.Id));
        Assert.Empty(rows.WhereInScope(DepartmentSet.None, r => r.Dept));
    }

    private static DepartmentNode[] Build()
    {
        var district = DepartmentPath.Child(DepartmentPath.Root, District);
        var street = DepartmentPath.Child(district, Street);
        return
        [
            new(District, district),
            new(Fgw, DepartmentPath.Child(district, Fgw)),
            new(Street, street),
            new(Shengli, DepartmentPath.Child(street, Shengli)),
            new(Zhuhai, DepartmentPath.Child(street, Zhuhai)),
        ];
    }
}
