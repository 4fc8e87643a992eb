namespace EGov.Portal.Monitoring.Sites;

/// <summary>A site a monitor may look at.</summary>
internal sealed record MonitoredSite(Guid Id, string Code, string Name, bool IsPortal, DateTime? HomeUpdatedAt);
