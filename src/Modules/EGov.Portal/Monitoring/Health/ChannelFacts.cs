using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Monitoring.Health;

/// <summary>A channel as the health check sees it: its place in the tree and its newest published item (own or referenced).</summary>
internal sealed record ChannelFacts(Guid Id, Guid? ParentId, string Code, string Name, ChannelKind Kind, DateTime? LastPublishedAt);

/// <summary>A channel that fails a rule: its newest item and the days since, on the day of the check.</summary>
internal sealed record ChannelFinding(string Code, string Name, ChannelKind Kind, string KindName, DateTime? LastPublishedAt, int? DaysSince, string Rule);
