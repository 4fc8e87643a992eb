using System.Text.Json.Serialization;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>One column of table 三 where a rule of the format does not hold.</summary>
internal sealed record CheckFailure(string Column, string Rule, int Left, int Right, string Message);

/// <summary>
/// The checks of table 三: in every column 一 + 二 = 三（七）+ 四 (the rule printed in the table's header), and
/// 三（七）总计 equals the sum of 三（一）to 三（六）.
/// </summary>
internal sealed record BalanceCheck(bool Balanced, IReadOnlyList<CheckFailure> Failures)
{
    public const string CarryRule = "第一项加第二项之和等于第三项加第四项之和";
    public const string TotalRule = "三（七）总计等于三（一）至三（六）各项之和";

    public static BalanceCheck Of(Table3 table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var failures = new List<CheckFailure>();
        var (received, carriedIn, total, carriedOut) = (table.Row(Table3.Received), table.Row(Table3.CarriedIn), table.Row(Table3.Total), table.Row(Table3.CarriedOut));
        var results = table.ResultRows.ToList();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var (left, right) = (received.Values[c] + carriedIn.Values[c], total.Values[c] + carriedOut.Values[c]);
            if (left != right)
            {
                failures.Add(new(column, CarryRule, left, right, $"“{column}”列：第一项加第二项之和为 {left}，第三项加第四项之和为 {right}，两者不等。"));
            }

            var sum = results.Sum(r => r.Values[c]);
            if (sum != total.Values[c])
            {
                failures.Add(new(column, TotalRule, sum, total.Values[c], $"“{column}”列：三（一）至三（六）之和为 {sum}，三（七）总计为 {total.Values[c]}，两者不等（有办结的申请没有答复类型）。"));
            }
        }

        return new BalanceCheck(failures.Count == 0, failures);
    }

    /// <summary>The failing columns, each once, in table order.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> FailingColumns => [.. Failures.Select(f => f.Column).Distinct()];
}
