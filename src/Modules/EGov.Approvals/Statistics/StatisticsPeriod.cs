using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Approvals.Statistics;

/// <summary>A period of whole days in China, at most three years; by default from 1 January to today.</summary>
internal sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 3 * 366;

    public DateTime FromUtc => ChinaTime.StartOfDay(From);
    public DateTime ToUtcExclusive => ChinaTime.StartOfDay(To.AddDays(1));

    public static Result<StatisticsPeriod> Of(DateOnly? from, DateOnly? to, TimeProvider time)
    {
        var today = ChinaTime.Today(time);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            return Error.Validation("approvals.statistics.period", "开始日期不能晚于结束日期。");
        }

        return end.DayNumber - start.DayNumber > MaxDays
            ? Error.Validation("approvals.statistics.period", "统计期间最长三年。")
            : new StatisticsPeriod(start, end);
    }

    /// <summary>The months the period touches, in order.</summary>
    public IReadOnlyList<(int Year, int Month)> Months()
    {
        var list = new List<(int, int)>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
        {
            list.Add((m.Year, m.Month));
        }

        return list;
    }
}
