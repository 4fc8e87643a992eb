using EGov.Platform.Results;

namespace EGov.Platform.Attachments;

internal static class AttachmentErrors
{
    public static Error TooLarge(long maxBytes) =>
        Error.Validation("attachments.too_large", $"文件超过 {maxBytes / (1024 * 1024)} MB");

    public static readonly Error Empty = Error.Validation("attachments.empty", "文件是空的，请重新选择。");

    public static readonly Error TypeNotAllowed =
        Error.Validation("attachments.type_not_allowed", "文件类型不允许：只接受 PDF、OFD、Word、Excel、图片");

    public static readonly Error ArchiveTooLarge =
        Error.Validation("attachments.archive_too_large", "文件内部包含的内容过多或过大，无法接受。");

    public static readonly Error NotFound = Error.NotFound("attachments.not_found", "附件不存在。");

    public static readonly Error NotDraft = Error.Conflict("attachments.not_draft", "该附件已归属其他事项，不能再次使用。");

    public static readonly Error NotUploader = Error.Forbidden("attachments.not_uploader", "只能使用本人上传的附件。");

    public static readonly Error ReadDenied = Error.Forbidden("attachments.read_denied", "没有权限下载此附件。");

    public static readonly Error NoFile = Error.Validation("attachments.no_file", "请选择要上传的文件。");

    public static readonly Error FormExpired = Error.Validation("attachments.form_expired", "页面已过期，请刷新后重新上传。");
}
