namespace EGov.Disclosure.Contracts;

/// <summary>Permission names of the 政府信息公开 module (<c>disclosure.action</c>).</summary>
public static class DisclosurePermissions
{
    public const string Prefix = "disclosure.";
}
