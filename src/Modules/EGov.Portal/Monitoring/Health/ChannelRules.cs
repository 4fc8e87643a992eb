using EGov.Platform.Time;
using EGov.Portal.Domain;
using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// 栏目不更新 (检查指标 单项否决): which channels are out of their update cycle, long stale or blank. A channel with
/// sub-channels is judged by its whole subtree (a parent lists its children's items). A blank channel counts only as
/// blank, not also as out of cycle. Link channels lead to other systems and are not judged.
/// </summary>
internal static class ChannelRules
{
    public static UpdateCycle? CycleOf(ChannelKind kind, PortalHealthOptions options) => kind switch
    {
        ChannelKind.News => UpdateCycle.Days(options.NewsCycleDays),
        ChannelKind.Notice or ChannelKind.PolicyFile => UpdateCycle.Months(options.NoticeCycleMonths),
        _ => null,
    };

    public static UpdateCycle? LongStaleCycleOf(ChannelKind kind, PortalHealthOptions options)
        => kind is ChannelKind.General or ChannelKind.Data or ChannelKind.Interpretation ? UpdateCycle.Months(options.LongStaleMonths) : null;

    public static ChannelVerdicts Judge(IReadOnlyList<ChannelFacts> channels, DateOnly today, PortalHealthOptions options)
    {
        var latest = LatestBySubtree(channels);
        var verdicts = new ChannelVerdicts();
        foreach (var channel in channels.Where(c => c.Kind != ChannelKind.Link))
        {
            var last = latest[channel.Id];
            if (last is null)
            {
                verdicts.Blank.Add(Finding(channel, null, today, "无已发布信息"));
            }
            else if (CycleOf(channel.Kind, options) is { } cycle && !cycle.IsMet(ChinaTime.DateOf(last.Value), today))
            {
                verdicts.Stale.Add(Finding(channel, last, today, $"超过{cycle}未更新"));
            }
            else if (LongStaleCycleOf(channel.Kind, options) is { } longCycle && !longCycle.IsMet(ChinaTime.DateOf(last.Value), today))
            {
                verdicts.LongStale.Add(Finding(channel, last, today, $"超过{longCycle}未更新"));
            }
        }

        return verdicts;
    }

    private static Dictionary<Guid, DateTime?> LatestBySubtree(IReadOnlyList<ChannelFacts> channels)
    {
        var latest = channels.ToDictionary(c => c.Id, c => c.LastPublishedAt);
        var byId = channels.ToDictionary(c => c.Id);
        foreach (var channel in channels.Where(c => c.LastPublishedAt is not null))
        {
            var seen = new HashSet<Guid> { channel.Id };
            for (var parent = channel.ParentId; parent is { } id && byId.ContainsKey(id) && seen.Add(id); parent = byId[id].ParentId)
            {
                if (latest[id] is null || latest[id] < channel.LastPublishedAt)
                {
                    latest[id] = channel.LastPublishedAt;
                }
            }
        }

        return latest;
    }

    private static ChannelFinding Finding(ChannelFacts channel, DateTime? last, DateOnly today, string rule)
        => new(channel.Code, channel.Name, channel.Kind, PortalNames.Of(channel.Kind), last,
            last is null ? null : today.DayNumber - ChinaTime.DateOf(last.Value).DayNumber, rule);
}

internal sealed class ChannelVerdicts
{
    public List<ChannelFinding> Stale { get; } = [];
    public List<ChannelFinding> LongStale { get; } = [];
    public List<ChannelFinding> Blank { get; } = [];
}
