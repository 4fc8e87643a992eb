using System.Text.Json.Serialization;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>One row of table 三: its code as printed (一, 三（三）1…), its group for the sub-rows, its exact label, 7 figures.</summary>
internal sealed record Table3Row(string Code, string? Group, string Label, IReadOnlyList<int> Values);

/// <summary>三、收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号): 7 applicant columns × 25 rows.</summary>
internal sealed record Table3(IReadOnlyList<string> Columns, IReadOnlyList<Table3Row> Rows)
{
    public const string Received = "一";
    public const string CarriedIn = "二";
    public const string Total = "三（七）";
    public const string CarriedOut = "四";

    /// <summary>The applicant columns in order: 自然人, the five kinds of 法人或其他组织, 总计.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>The rule printed in the table's header.</summary>
    public const string BalanceRule = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和";

    public Table3Row Row(string code) => Rows.First(r => r.Code == code);

    /// <summary>The result rows 三（一）to 三（六）3.</summary>
    [JsonIgnore]
    public IEnumerable<Table3Row> ResultRows => Rows.Where(r => r.Code.StartsWith('三') && r.Code != Total);
}
