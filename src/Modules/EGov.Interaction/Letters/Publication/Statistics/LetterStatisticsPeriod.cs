using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>The months counted: a chosen year (to today in the current year), or by default the last 12 months.</summary>
internal sealed record LetterStatisticsPeriod(DateOnly From, DateOnly To, int? Year)
{
    public const int FirstYear = 2000;

    public static Result<LetterStatisticsPeriod> Of(int? year, DateOnly today)
    {
        if (year is not { } y)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
            return new LetterStatisticsPeriod(first, today, null);
        }

        if (y < FirstYear || y > today.Year)
        {
            return Error.Validation("interaction.statistics_year", $"年份应在{FirstYear}年到{today.Year}年之间。");
        }

        var end = new DateOnly(y, 12, 31);
        return new LetterStatisticsPeriod(new DateOnly(y, 1, 1), end > today ? today : end, y);
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

    public string Label => Year is { } y ? $"{y}年" : "最近12个月";
}
