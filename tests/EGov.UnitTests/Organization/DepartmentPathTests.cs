using EGov.Platform.Organization.Departments;

namespace EGov.UnitTests.Organization;

public sealed class DepartmentPathTests
{
    [Fact]
    public void Path_lists_the_ancestors_root_first()
    {
        Guid root = Guid.NewGuid(), street = Guid.NewGuid(), community = Guid.NewGuid();
        var path = DepartmentPath.Child(DepartmentPath.Child(DepartmentPath.Child(DepartmentPath.Root, root), street), community);

        Assert.Equal([root, street], DepartmentPath.AncestorIds(path));
        Assert.Equal([root, street, community], DepartmentPath.Ids(path));
    }

    [Fact]
    public void A_department_is_within_its_own_subtree_but_a_sibling_sharing_a_prefix_is_not()
    {
        var root = DepartmentPath.Child(DepartmentPath.Root, Guid.NewGuid());
        var a = DepartmentPath.Child(root, Guid.NewGuid());
        var b = DepartmentPath.Child(root, Guid.NewGuid());

        Assert.True(DepartmentPath.IsWithin(a, a));
        Assert.True(DepartmentPath.IsWithin(a, root));
        Assert.False(DepartmentPath.IsWithin(b, a));
        Assert.False(DepartmentPath.IsWithin(root, a));
    }
}
