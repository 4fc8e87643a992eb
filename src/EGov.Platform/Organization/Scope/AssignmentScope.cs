namespace EGov.Platform.Organization.Scope;

/// <summary>How far a role assignment reaches from its department.</summary>
public enum AssignmentScope
{
    OwnDepartment = 1,
    DepartmentAndChildren = 2,
    WholeDistrict = 3,
}

public static class AssignmentScopeNames
{
    public static string Of(AssignmentScope scope) => scope switch
    {
        AssignmentScope.OwnDepartment => "本部门",
        AssignmentScope.DepartmentAndChildren => "本部门及下级",
        _ => "全区",
    };
}
