using System.Globalization;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>信息处理费 paid in the year (国办函〔2020〕109号), for section 六.</summary>
internal sealed record FeeSummary(int PaidCount, decimal TotalYuan)
{
    /// <summary>The sentence the report suggests for section 六; staff may keep or change it.</summary>
    public string Sentence => PaidCount == 0
        ? "本年度未收取政府信息公开信息处理费。"
        : string.Create(CultureInfo.InvariantCulture, $"本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）对{PaidCount}件政府信息公开申请收取信息处理费，共计{TotalYuan:0.00}元，已全部缴入国库。");
}
