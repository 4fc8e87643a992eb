using EGov.Platform.Results;

namespace EGov.Disclosure.Catalog;

/// <summary>The catalog's expected failures, with stable codes and Chinese messages.</summary>
internal static class CatalogErrors
{
    public static readonly Error ItemNotFound = Error.NotFound("disclosure.catalog_item_not_found", "未找到该目录信息，或不在您的管理范围内。");
    public static readonly Error AgencyNotFound = Error.NotFound("disclosure.agency_not_found", "未找到该公开主体，或不在您的管理范围内。");
    public static readonly Error CategoryNotFound = Error.NotFound("disclosure.category_not_found", "未找到该目录分类。");
    public static readonly Error ChangedMeanwhile = Error.Conflict("disclosure.changed_meanwhile", "该内容已被他人修改，请刷新页面，在最新内容上重新修改。");
    public static readonly Error NotEditable = Error.Conflict("disclosure.catalog_item_not_editable", "待保密审查或已公开的信息不能修改；已公开的信息请先撤回。");
    public static readonly Error NotSubmittable = Error.Conflict("disclosure.catalog_item_not_submittable", "只有草稿、已退回或已撤回的信息可以提交保密审查。");
    public static readonly Error NotInReview = Error.Conflict("disclosure.catalog_item_not_in_review", "该信息不在待保密审查状态。");
    public static readonly Error NotDisclosable = Error.Conflict("disclosure.catalog_item_not_disclosable", "公开属性为“不予公开”的信息不能发布。");
    public static readonly Error NotReviewed = Error.Conflict("disclosure.catalog_item_not_reviewed", "该信息的当前版本尚未通过保密审查，不能发布（《条例》第十七条）。");
    public static readonly Error NotPublished = Error.Conflict("disclosure.catalog_item_not_published", "只有已公开的信息可以撤回。");
    public static readonly Error AlreadyPublished = Error.Conflict("disclosure.catalog_item_already_published", "该信息已经公开。");
    public static readonly Error DuplicateCategoryCode = Error.Conflict("disclosure.category_code_taken", "该分类代码已被使用，请换一个。");
    public static readonly Error NoAccount = Error.Forbidden("disclosure.no_account", "请先以工作人员身份登录。");
}
