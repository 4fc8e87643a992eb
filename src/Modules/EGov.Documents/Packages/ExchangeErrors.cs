using EGov.Platform.Results;

namespace EGov.Documents.Packages;

internal static class ExchangeErrors
{
    public static readonly Error BundleUnreadable = Error.Validation("documents.bundle_unreadable", "上传的文件不是交换证书（应为对方平台“下载本单位交换证书”得到的 .json 文件）。");

    public static readonly Error NameTooLong = Error.Validation("documents.external_agency_name_too_long", "单位名称不能超过 100 个字。");

    public static readonly Error AgencyNotFound = Error.NotFound("documents.external_agency_not_found", "没有找到该外部单位，可能已被删除。");

    public static readonly Error NotSealed = Error.Validation("documents.package_not_sealed", "只有已用印并分发的公文才能导出交换包。");

    public static readonly Error Stale = Error.Conflict("documents.external_agency_stale", "该外部单位已被他人修改，请刷新后重试。");

    public static Error NoReceivingDepartment(string code)
        => Error.Validation("documents.no_receiving_department", $"没有找到接收交换包的部门（设置 Documents:Exchange:ReceivingDepartment = {code}）。");

    public static Error AlreadyRegistered(string name)
        => Error.Conflict("documents.external_agency_exists", $"该交换证书已登记为“{name}”。");
}
