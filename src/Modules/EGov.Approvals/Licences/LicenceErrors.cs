using EGov.Platform.Results;

namespace EGov.Approvals.Licences;

internal static class LicenceErrors
{
    public static readonly Error NotApproved = Error.Conflict("approvals.licence_not_approved", "只有准予许可的办件才能签发电子证照。");
    public static readonly Error ItemNotFound = Error.NotFound("approvals.licence_item_not_found", "办件对应的事项不存在。");
    public static readonly Error ItemIssuesNone = Error.Conflict("approvals.licence_not_issued_by_item", "该事项不签发电子证照。");
    public static readonly Error AlreadyIssued = Error.Conflict("approvals.licence_already_issued", "该办件已签发有效的电子证照。");
    public static readonly Error DepartmentNotFound = Error.NotFound("approvals.licence_department_not_found", "办件的实施部门不存在。");
    public static readonly Error NotFound = Error.NotFound("approvals.licence_not_found", "电子证照不存在或不在您的管理范围内。");
    public static readonly Error AlreadyRevoked = Error.Conflict("approvals.licence_already_revoked", "该电子证照已注销。");
    public static readonly Error ReasonRequired = Error.Validation("approvals.licence_revocation_reason_required", "请填写注销理由（不超过 500 字）。");
    public static readonly Error FileMissing = Error.Validation("approvals.licence_file_missing", "请选择要验证的电子证照 PDF 文件。");
    public static readonly Error NotPdf = Error.Validation("approvals.licence_file_not_pdf", "所选文件不是 PDF 文件，请上传本平台签发的电子证照 PDF。");
    public static readonly Error Concurrent = Error.Conflict("approvals.licence_changed", "该电子证照已被他人修改，请刷新后重试。");

    public static Error FileTooLarge(long maxBytes)
        => Error.Validation("approvals.licence_file_too_large", $"文件不能超过 {maxBytes / 1024 / 1024} MB。");

    public static Error NoSigningKey(string departmentCode) => Error.Conflict(
        "approvals.licence_no_signing_key",
        $"发证部门（{departmentCode}）尚无签名密钥，请安全管理员在“密钥与证书”中为该部门生成密钥后再发证。");

    public static Error PdfFailed(string reason) => Error.Conflict("approvals.licence_pdf_failed", $"电子证照 PDF 生成失败：{reason}");

    public static Error StoreFailed(string reason) => Error.Conflict("approvals.licence_store_failed", $"电子证照文件保存失败：{reason}");
}
