namespace EGov.Office.Contracts;

/// <summary>Permission names of the 机关办公 module (<c>office.action</c>).</summary>
public static class OfficePermissions
{
    public const string Prefix = "office.";
}
