using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Clocks;
using EGov.Platform.Results;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>
/// 条例 第二十六条: a 主动公开 item is published within 20 working days of its generation. The clock starts at
/// <see cref="CatalogItem.GeneratedOn"/> and stops at publication, or when the item stops being 主动公开.
/// </summary>
internal sealed class ProactiveClock(ClockService clocks)
{
    public const string Published = "已公开";

    public Result Start(CatalogItem item)
    {
        var started = clocks.Start(new ClockStart(
            DisclosureClocks.Module, DisclosureClocks.Proactive, item.Id.ToString(), $"主动公开：{item.Title}", item.GeneratedOn,
            ClockLimit.WorkingDays(DisclosureLimits.ProactivePublication))
        { DepartmentId = item.OfficeDepartmentId, Item = "主动公开" });
        if (!started.IsSuccess)
        {
            return started.Error!;
        }

        item.ClockId = started.Value.Id;
        return Result.Success();
    }

    /// <summary>After an edit of a draft: start, stop or restart the clock as the attribute and generation date now say.</summary>
    public async Task<Result> FollowEditAsync(CatalogItem item, DisclosureAttribute before, DateOnly generatedBefore, CancellationToken cancellationToken)
    {
        var clock = item.ClockId is { } id ? await clocks.FindAsync(id, cancellationToken) : null;
        var running = clock is { State: not ClockState.Stopped };
        if (item.Attribute != DisclosureAttribute.Proactive)
        {
            return running
                ? clocks.Stop(clock!, $"公开属性由“主动公开”改为“{Domain.DisclosureNames.Of(item.Attribute)}”，不再计算主动公开时限")
                : Result.Success();
        }

        var regenerated = generatedBefore != item.GeneratedOn;
        if (!running)
        {
            // A withdrawn item keeps its stopped clock (withdrawal does not restart it) unless the information changed.
            return item.PublishedAt is null || regenerated ? Start(item) : Result.Success();
        }

        if (before != DisclosureAttribute.Proactive || !regenerated)
        {
            return Result.Success();
        }

        // A later date restarts the clock; an earlier one cannot (a clock never restarts before its start): a new clock.
        if (item.GeneratedOn >= clock!.StartDate)
        {
            return clocks.RestartFrom(clock, item.GeneratedOn);
        }

        var stopped = clocks.Stop(clock, $"生成日期更正为{item.GeneratedOn:yyyy年M月d日}，重新计时");
        return stopped.IsSuccess ? Start(item) : stopped;
    }

    public async Task<Result> StopAsync(CatalogItem item, string outcome, CancellationToken cancellationToken)
        => item.ClockId is { } id && await clocks.FindAsync(id, cancellationToken) is { State: not ClockState.Stopped } clock
            ? clocks.Stop(clock, outcome)
            : Result.Success();
}
