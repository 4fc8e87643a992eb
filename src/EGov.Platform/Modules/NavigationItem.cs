namespace EGov.Platform.Modules;

/// <summary>A link that a module contributes to one of the three shells' navigation.</summary>
/// <param name="Permission">Shown only to users holding this permission; null for everyone in the shell.</param>
public sealed record NavigationItem(Shell Shell, string Title, string Url, string? Permission = null, int Order = 100);

public enum Shell
{
    Portal,
    Office,
    Admin,

    /// <summary>个人空间 of a citizen or enterprise (<c>/my</c>): what they started in each module.</summary>
    Personal,
}
