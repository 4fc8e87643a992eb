namespace EGov.Portal.Monitoring.Sites;

/// <summary>A site a monitor may look at.</summary>
/// <param name="DepartmentId">The site's 主办单位.</param>
internal sealed record MonitoredSite(Guid Id, string Code, string Name, bool IsPortal, DateTime? HomeUpdatedAt, Guid DepartmentId);
