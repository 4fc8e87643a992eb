using EGov.Platform.Results;

namespace EGov.Documents.Packages;

internal static class PackageErrors
{
    public static readonly Error Unreadable = new("documents.package_unreadable", "文件不是公文交换包，或已损坏。");

    public static readonly Error SignatureInvalid = new("documents.package_signature_invalid", "交换包的签名验证未通过：文件在传输中被改动，或不是发送方签发的。");

    public static readonly Error ContentInvalid = new("documents.package_content_invalid", "交换包的内容无法解密或校验不一致，文件可能已损坏。");

    public static Error SenderUnknown(string agency, string fingerprint)
        => new("documents.package_sender_unknown", $"发送方“{agency}”的交换证书未在本平台登记（签名证书指纹 {fingerprint[..16]}…），不能接收。请先在“外部单位”中登记对方的交换证书。");

    public static Error NotForUs(string agency)
        => new("documents.package_not_for_us", $"交换包不是发给本单位的（收件单位：{agency}），或本单位的加密证书已更换。");

    public static Error Duplicate(Guid packageId)
        => Error.Conflict("documents.package_duplicate", $"交换包 {packageId} 已经接收过，不能重复登记。");
}
