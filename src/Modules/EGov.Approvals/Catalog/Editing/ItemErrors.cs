using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>The catalog's expected failures, with stable codes and Chinese messages.</summary>
internal static class ItemErrors
{
    public static readonly Error NotFound = Error.NotFound("approvals.item_not_found", "未找到该事项，或不在您的管理范围内。");
    public static readonly Error ChangedMeanwhile = Error.Conflict("approvals.item_changed_meanwhile", "该事项已被他人修改，请刷新页面，在最新内容上重新修改。");
    public static readonly Error NoAccount = Error.Forbidden("approvals.no_account", "请先以工作人员身份登录。");
    public static readonly Error AlreadyPublished = Error.Conflict("approvals.item_already_published", "该事项已经发布。");
    public static readonly Error NotPublished = Error.Conflict("approvals.item_not_published", "只有已发布的事项可以暂停办理。");

    public static Error OutOfScope(string department) => Error.Forbidden("approvals.department_out_of_scope", $"您无权管理“{department}”的政务服务事项。");
}
