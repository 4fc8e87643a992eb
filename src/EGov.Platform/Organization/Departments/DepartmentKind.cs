namespace EGov.Platform.Organization.Departments;

public enum DepartmentKind
{
    DistrictGovernment = 1,
    GovernmentDepartment = 2,
    Street = 3,
    Town = 4,
    Community = 5,
    Other = 9,
}

public static class DepartmentKindNames
{
    public static string Of(DepartmentKind kind) => kind switch
    {
        DepartmentKind.DistrictGovernment => "区人民政府",
        DepartmentKind.GovernmentDepartment => "政府工作部门",
        DepartmentKind.Street => "街道办事处",
        DepartmentKind.Town => "乡镇",
        DepartmentKind.Community => "社区",
        _ => "其他单位",
    };
}
