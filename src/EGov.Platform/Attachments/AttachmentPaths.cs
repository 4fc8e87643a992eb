namespace EGov.Platform.Attachments;

/// <summary>Where a file lives: <c>{root}/{first two hex digits}/{id as 32 hex digits}</c>; nothing from the user.</summary>
internal sealed class AttachmentPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string FileOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(Root, name[..2], name);
    }

    public string TemporaryFileOf(Guid id) => Path.Combine(Root, "tmp", id.ToString("N") + ".part");
}
