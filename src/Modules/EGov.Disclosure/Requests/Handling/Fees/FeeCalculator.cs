namespace EGov.Disclosure.Requests.Handling.Fees;

/// <summary>
/// 信息处理费 (国办函〔2020〕109号), both modes 超额累进 (progressive): each 件 or page is charged at the rate of
/// the band it falls in. Amounts in yuan.
/// </summary>
internal static class FeeCalculator
{
    /// <summary>More than anyone could ask in a month or copy in one request; guards the loops.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>
    /// 第四条 按件计收: the rate of the applicant's <paramref name="position"/>-th 件 in a natural month —
    /// 1–10 free; 11–30 100 元; from 31 in bands of 10, each band 100 元 more (31–40 200 元, 41–50 300 元…).
    /// </summary>
    public static decimal PerRequestRate(int position) => position switch
    {
        <= 10 => 0m,
        <= 30 => 100m,
        _ => 100m * (2 + ((position - 31) / 10)),
    };

    /// <summary>
    /// 按件: this request's fee when <paramref name="earlierInMonth"/> 件 came before it in the month and it counts as
    /// <paramref name="pieces"/> 件 (一事一申请 splitting): the sum of the rates of its positions.
    /// </summary>
    public static decimal PerRequest(int earlierInMonth, int pieces)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierInMonth);
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(earlierInMonth + pieces, MaxQuantity);
        var total = 0m;
        for (var position = earlierInMonth + 1; position <= earlierInMonth + pieces; position++)
        {
            total += PerRequestRate(position);
        }

        return total;
    }

    /// <summary>第五条 按量计收: 1–30 pages free; 31–100 10 元/页; 101–200 20 元/页; from 201 40 元/页.</summary>
    public static decimal PerPageRate(int page) => page switch
    {
        <= 30 => 0m,
        <= 100 => 10m,
        <= 200 => 20m,
        _ => 40m,
    };

    /// <summary>按量: e.g. 150 pages = 70 × 10 + 50 × 20 = 1700 元.</summary>
    public static decimal PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, MaxQuantity);
        return Band(pages, 30, 100, 10m) + Band(pages, 100, 200, 20m) + Band(pages, 200, int.MaxValue, 40m);
    }

    private static decimal Band(int pages, int above, int upTo, decimal rate) => Math.Max(0, Math.Min(pages, upTo) - above) * rate;
}
