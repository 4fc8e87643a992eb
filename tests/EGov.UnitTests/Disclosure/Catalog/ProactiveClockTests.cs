using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Disclosure.Catalog;

public sealed class ProactiveClockTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2026, 9, 25));

    public void Dispose() => _host.Dispose();

    private static CatalogItem Item(DateOnly generated) => new()
    {
        Title = "西陵区秋季森林防火应急预案",
        GeneratedOn = generated,
        Attribute = DisclosureAttribute.Proactive,
        OfficeDepartmentId = Guid.NewGuid(),
    };

    private async Task<StatutoryClock> ClockOfAsync(CatalogItem item)
    {
        await _host.Db.SaveChangesAsync();
        return (await _host.Clocks.FindAsync(item.ClockId!.Value))!;
    }

    [Fact]
    public async Task Proactive_item_is_due_on_the_20th_working_day_across_National_Day()
    {
        // 条例 第二十六条: 20 working days from Fri 2026-09-25 (中秋): 09-28..30 (1–3), 国庆 10-01..07 off,
        // 10-08..10 (4–6, Sat 10-10 a make-up workday), 10-12..16 (7–11), 10-19..23 (12–16), 10-26..29 (17–20) → Thu 2026-10-29.
        var item = Item(D(2026, 9, 25));

        Assert.True(new ProactiveClock(_host.Clocks).Start(item).IsSuccess);

        var clock = await ClockOfAsync(item);
        Assert.Equal(D(2026, 10, 29), clock.DueDate);
        Assert.Equal(("disclosure", "proactive", item.Id.ToString(), item.OfficeDepartmentId), (clock.Module, clock.CaseType, clock.CaseId, clock.DepartmentId!.Value));
    }

    [Fact]
    public async Task Publication_stops_the_clock_with_outcome_published()
    {
        var item = Item(D(2026, 9, 25));
        var clocks = new ProactiveClock(_host.Clocks);
        clocks.Start(item);
        await _host.Db.SaveChangesAsync();

        Assert.True((await clocks.StopAsync(item, ProactiveClock.Published, CancellationToken.None)).IsSuccess);

        var clock = await ClockOfAsync(item);
        Assert.Equal((ClockState.Stopped, "已公开"), (clock.State, clock.Outcome));
    }

    [Fact]
    public async Task Changing_the_attribute_away_from_proactive_stops_the_clock_and_says_why()
    {
        var item = Item(D(2026, 9, 25));
        var clocks = new ProactiveClock(_host.Clocks);
        clocks.Start(item);
        await _host.Db.SaveChangesAsync();

        item.Attribute = DisclosureAttribute.OnRequest;
        Assert.True((await clocks.FollowEditAsync(item, DisclosureAttribute.Proactive, item.GeneratedOn, CancellationToken.None)).IsSuccess);

        var clock = await ClockOfAsync(item);
        Assert.Equal(ClockState.Stopped, clock.State);
        Assert.Contains("依申请公开", clock.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_generation_date_restarts_the_clock_from_the_new_date()
    {
        var item = Item(D(2026, 9, 25));
        var clocks = new ProactiveClock(_host.Clocks);
        clocks.Start(item);
        await _host.Db.SaveChangesAsync();
        _host.SetToday(D(2026, 10, 9));

        item.GeneratedOn = D(2026, 10, 9);
        Assert.True((await clocks.FollowEditAsync(item, DisclosureAttribute.Proactive, D(2026, 9, 25), CancellationToken.None)).IsSuccess);

        // From Fri 10-09: 10-10 (Sat, make-up workday) is the 1st, 10-12..16 (2–6), 10-19..23 (7–11), 10-26..30 (12–16), 11-02..05 (17–20).
        var clock = await ClockOfAsync(item);
        Assert.Equal((ClockState.Running, D(2026, 10, 9), D(2026, 11, 5)), (clock.State, clock.StartDate, clock.DueDate));
    }
}
