namespace EGov.Oversight.Contracts;

/// <summary>Permission names of the 电子监察 module (<c>oversight.action</c>).</summary>
public static class OversightPermissions
{
    public const string Prefix = "oversight.";
}
