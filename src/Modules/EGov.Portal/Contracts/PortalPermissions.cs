namespace EGov.Portal.Contracts;

/// <summary>Permission names of the 门户网站群 module (<c>portal.action</c>).</summary>
public static class PortalPermissions
{
    public const string Prefix = "portal.";
}
