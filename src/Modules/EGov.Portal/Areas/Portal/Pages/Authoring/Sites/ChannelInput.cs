using EGov.Portal.Authoring.Sites;
using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

internal sealed class ChannelInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public ChannelKind Kind { get; set; } = ChannelKind.General;
    public Guid? ParentId { get; set; }
    public string? LinkUrl { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public bool InNavigation { get; set; } = true;
    public long Version { get; set; }

    public ChannelFields ToFields() => new(Code, Name, Kind, ParentId, LinkUrl, Description, SortOrder, InNavigation, Version);

    public static ChannelInput From(ChannelLine c) => new()
    {
        Code = c.Code,
        Name = c.Name,
        Kind = c.Kind,
        ParentId = c.ParentId,
        LinkUrl = c.LinkUrl,
        Description = c.Description,
        SortOrder = c.SortOrder,
        InNavigation = c.InNavigation,
        Version = c.Version,
    };
}
