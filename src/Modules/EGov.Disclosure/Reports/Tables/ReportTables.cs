using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>The computed part of an annual report: tables 二, 三, 四, the check of table 三 and the fee figures for section 六.</summary>
internal sealed record ReportTables(Table2 Table2, Table3 Table3, Table4 Table4, BalanceCheck Check, FeeSummary Fees)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>As stored in <c>AnnualReport.PublishedTables</c>, so that a published report never changes.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportTables FromJson(string json)
        => JsonSerializer.Deserialize<ReportTables>(json, Json) ?? throw new JsonException("年度报告已发布的表格数据为空。");
}
