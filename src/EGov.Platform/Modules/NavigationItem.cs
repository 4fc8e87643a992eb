namespace EGov.Platform.Modules;

/// <summary>A link that a module contributes to one of the three shells' navigation.</summary>
/// <param name="Permission">Shown only to users holding this permission; null for everyone in the shell.</param>
public sealed record NavigationItem(Shell Shell, string Title, string Url, string? Permission = null, int Order = 100);

public enum Shell
{
    Portal,
    Office,
    Admin,
}
