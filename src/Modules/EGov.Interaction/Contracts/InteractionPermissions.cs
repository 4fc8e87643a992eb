namespace EGov.Interaction.Contracts;

/// <summary>Permission names of the 互动交流 module (<c>interaction.action</c>).</summary>
public static class InteractionPermissions
{
    public const string Prefix = "interaction.";
}
