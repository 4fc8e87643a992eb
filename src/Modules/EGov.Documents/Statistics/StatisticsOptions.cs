namespace EGov.Documents.Statistics;

/// <summary>Settings <c>Documents:Statistics:*</c>.</summary>
internal sealed class StatisticsOptions
{
    public const string Section = "Documents:Statistics";

    /// <summary>The plan's target: 公文交换无纸化传输达到90%以上 (西陵区电子政务规划, 发展目标).</summary>
    public decimal PaperlessTarget { get; set; } = 0.9m;
}
