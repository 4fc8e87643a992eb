namespace EGov.Portal.Domain.Channels;

/// <summary>栏目: a node of a site's channel tree.</summary>
internal sealed class Channel
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Address segment, unique within the site: <c>{site}/channels/{code}</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public ChannelKind Kind { get; set; } = ChannelKind.General;

    /// <summary>For <see cref="ChannelKind.Link"/>: the module page it leads to, e.g. <c>/disclosure</c>.</summary>
    public string? LinkUrl { get; set; }

    public string? Description { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Shown in the site's main navigation.</summary>
    public bool InNavigation { get; set; } = true;

    public long Version { get; set; }
}
