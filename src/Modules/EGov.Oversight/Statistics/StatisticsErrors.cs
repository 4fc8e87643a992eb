using EGov.Platform.Results;

namespace EGov.Oversight.Statistics;

internal static class StatisticsErrors
{
    public static readonly Error Forbidden = Error.Forbidden("oversight.statistics.forbidden", "您没有查看该部门监察统计的权限。");
    public static readonly Error Reversed = Field("oversight.statistics.period_reversed", "from", "开始月份不能晚于结束月份。");
    public static readonly Error TooLong = Field("oversight.statistics.period_too_long", "to", $"统计期间最长 {StatisticsPeriod.MaxMonths} 个月。");
    public static readonly Error Department = Field("oversight.statistics.department_invalid", "department", "部门编号格式不正确。");
    public static readonly Error Module = Field("oversight.statistics.module_unknown", "module", "没有这个业务模块。");

    public static Error Month(string field) => Field("oversight.statistics.month_invalid", field, "月份格式应为“2026-11”。");

    private static Error Field(string code, string field, string message)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
