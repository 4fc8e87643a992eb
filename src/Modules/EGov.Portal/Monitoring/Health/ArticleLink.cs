namespace EGov.Portal.Monitoring.Health;

/// <summary>A link found in the body of a published article.</summary>
internal sealed record ArticleLink(Guid ArticleId, string ArticleTitle, string Link, LinkTarget Target);
