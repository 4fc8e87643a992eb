namespace EGov.Portal.Domain.Sites;

/// <summary>网站/子站: the district portal or a department's sub-site of the site group (网站群).</summary>
internal sealed class Site
{
    public Guid Id { get; set; }

    /// <summary>
    /// Address segment: sub-sites live under <c>/sites/{code}/</c>. Mirrors the 指引's domain rule
    /// (portal <c>www.□□□.gov.cn</c>, department <c>○○○.□□□.gov.cn</c>): the portal is <c>www</c>.
    /// </summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The unit that runs the site (主办单位); staff scope follows it.</summary>
    public Guid DepartmentId { get; set; }

    public bool IsPortal { get; set; }

    /// <summary>Optional host name that serves this site at its root (host-based sub-sites).</summary>
    public string? HostName { get; set; }

    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsOpen { get; set; } = true;

    /// <summary>When the site's home page last changed (a publish, withdrawal or block edit): the 首页不更新 indicator.</summary>
    public DateTime? HomeUpdatedAt { get; set; }

    public long Version { get; set; }
}
