using EGov.Platform.Results;

namespace EGov.Portal.Monitoring;

internal static class MonitoringErrors
{
    public static readonly Error SiteNotFound = Error.NotFound("portal.site_not_found", "没有找到该站点。");

    public static readonly Error SiteOutOfScope = Error.Forbidden("portal.site_out_of_scope", "您无权查看该站点的统计和健康检查。");

    public static readonly Error NoSiteInScope = Error.Forbidden("portal.no_site_in_scope", "您的权限范围内没有站点。");

    public static readonly Error DateRangeReversed = Error.Validation("portal.statistics_range_reversed", "开始日期不能晚于结束日期。");

    public static Error DateRangeTooLong(int maxDays)
        => Error.Validation("portal.statistics_range_too_long", $"统计区间最长{maxDays}天。");
}
