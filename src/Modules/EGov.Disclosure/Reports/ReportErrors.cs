using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Results;

namespace EGov.Disclosure.Reports;

internal static class ReportErrors
{
    public static Error AgencyNotFound { get; } = Error.NotFound("disclosure.report_agency_not_found", "没有这个政府信息公开主体。");

    public static Error NotPublished { get; } = Error.NotFound("disclosure.report_not_published", "该年度报告尚未发布。");

    public static Error Forbidden { get; } = Error.Forbidden("disclosure.report_forbidden", "您无权管理该机关的政府信息公开工作年度报告。");

    public static Error AlreadyPublished { get; } = Error.Conflict("disclosure.report_already_published", "该年度报告已经发布，发布后不再修改。");

    public static Error VersionConflict { get; } = Error.Conflict("disclosure.report_version_conflict", "该年度报告已被他人修改，请重新打开后再保存。");

    public static Error NotSaved { get; } = Error.Conflict("disclosure.report_incomplete", "请先填写并保存第一部分“总体情况”和第五部分“存在的主要问题及改进情况”，再发布。");

    public static Error YearOutOfRange(int year) => Error.Validation("disclosure.report_year_out_of_range", $"{year}年不在可编制年度报告的范围内（{ReportPeriod.FirstYear}年至今年）。");

    /// <summary>条例 第四十九条: the report covers the previous year, so it can be published only after 31 December.</summary>
    public static Error YearNotEnded(int year) => Error.Conflict("disclosure.report_year_not_ended", $"{year}年尚未结束：年度报告的统计期为1月1日至12月31日，须在统计期结束后发布。");

    public static Error Unbalanced(BalanceCheck check)
        => Error.Conflict("disclosure.report_unbalanced",
            $"表三的勾稽关系不成立，不能发布。不平衡的列：{string.Join("、", check.FailingColumns)}。{string.Join("", check.Failures.Select(f => f.Message))}请先核对这些申请的收到日期、办结日期和答复类型。");

    public static Error Invalid(string field, string message)
        => new("disclosure.report_invalid", message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
