using System.Globalization;
using EGov.Oversight.Contracts;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Oversight.Statistics;

/// <summary>Whole months in China, at most three years; by default January to the current month.</summary>
internal sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 36;

    /// <summary>The last day of the last month.</summary>
    public DateOnly LastDay => To.AddMonths(1).AddDays(-1);

    public DateTime FromUtc => ChinaTime.StartOfDay(From);
    public DateTime ToUtcExclusive => ChinaTime.StartOfDay(To.AddMonths(1));

    public IReadOnlyList<DateOnly> Months => ChinaMonths.Between(From, LastDay);

    public string Label => From == To ? $"{From.Year}年{From.Month}月" : $"{From.Year}年{From.Month}月至{To.Year}年{To.Month}月";

    public static Result<StatisticsPeriod> Of(string? from, string? to, TimeProvider time)
    {
        var today = ChinaTime.Today(time);
        var end = Month(to, "to", new DateOnly(today.Year, today.Month, 1));
        if (!end.IsSuccess)
        {
            return end.Error!;
        }

        var start = Month(from, "from", new DateOnly(end.Value.Year, 1, 1));
        if (!start.IsSuccess)
        {
            return start.Error!;
        }

        if (start.Value > end.Value)
        {
            return StatisticsErrors.Reversed;
        }

        return ((end.Value.Year - start.Value.Year) * 12) + end.Value.Month - start.Value.Month >= MaxMonths
            ? StatisticsErrors.TooLong
            : new StatisticsPeriod(start.Value, end.Value);
    }

    /// <summary>"2026-11" as the first day of the month; blank gives <paramref name="otherwise"/>.</summary>
    public static Result<DateOnly> Month(string? text, string field, DateOnly otherwise)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return otherwise;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100
            ? month
            : StatisticsErrors.Month(field);
    }

    /// <summary>The instant a month's "still overdue" figure is taken: its end, or now for the current month.</summary>
    public static DateTime EndOf(DateOnly month, DateTime now)
    {
        var end = ChinaTime.StartOfDay(month.AddMonths(1));
        return end < now ? end : now;
    }
}
