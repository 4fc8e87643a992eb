using EGov.Portal.Authoring.Sites;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

internal sealed class SiteInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public Guid DepartmentId { get; set; }
    public string? HostName { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsOpen { get; set; } = true;
    public long Version { get; set; }

    public SiteFields ToFields() => new(Code, Name, DepartmentId, HostName, Description, SortOrder, IsOpen, Version);
}
