namespace EGov.Approvals.Domain.Ratings;

/// <summary>
/// The rating content of 好差评 (proposals-and-interaction.md §4.4): besides 整体满意度, online services are rated on
/// 办事效率, 办事指南精确度, 办事便捷度, 平台操作性; window services on 服务效率, 服务水平, 服务态度. The content is
/// version-managed nationally and must not be altered locally, so it is code, not a setting.
/// </summary>
internal static class RatingDimensions
{
    public static IReadOnlyDictionary<string, string> Online { get; } = new Dictionary<string, string>
    {
        ["efficiency"] = "办事效率",
        ["guide_accuracy"] = "办事指南精确度",
        ["convenience"] = "办事便捷度",
        ["usability"] = "平台操作性",
    };

    public static IReadOnlyDictionary<string, string> Window { get; } = new Dictionary<string, string>
    {
        ["service_efficiency"] = "服务效率",
        ["service_level"] = "服务水平",
        ["service_attitude"] = "服务态度",
    };

    public static IReadOnlyDictionary<string, string> For(RatingChannel channel) => channel == RatingChannel.Online ? Online : Window;
}
