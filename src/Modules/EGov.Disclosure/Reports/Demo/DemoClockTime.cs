using EGov.Platform.Time;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: a clock the demo sets to each step's day, so that clocks, steps and replies carry the dates of the demo year.</summary>
internal sealed class DemoClockTime : TimeProvider
{
    private DateTime _utc = DateTime.UnixEpoch;

    /// <summary>10:00 in China on <paramref name="date"/>, plus <paramref name="minutes"/> to keep steps of one day in order.</summary>
    public void SetTo(DateOnly date, int minutes = 0) => _utc = ChinaTime.StartOfDay(date).AddHours(10).AddMinutes(minutes);

    public override DateTimeOffset GetUtcNow() => new(_utc, TimeSpan.Zero);
}
