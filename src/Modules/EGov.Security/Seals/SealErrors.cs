using EGov.Platform.Results;

namespace EGov.Security.Seals;

internal static class SealErrors
{
    public static Error Unknown => Error.NotFound("security.seal_unknown", "没有这枚电子印章");

    public static Error Revoked(string name, string when) => Error.Conflict("security.seal_revoked", $"印章“{name}”已于{when}注销，不能再用印");

    public static Error NotValid(string name, DateOnly from, DateOnly until)
        => Error.Conflict("security.seal_not_valid", $"印章“{name}”的有效期为 {SealText.Date(from)} 至 {SealText.Date(until)}，今天不能用印");

    public static Error KeyChanged(string name) => Error.Conflict("security.seal_key_changed", $"印章“{name}”的密钥已轮换，请注销后重新制作印章");

    public static Error PdfInvalid => Error.Validation("security.seal_pdf_invalid", "文件不是可以盖章的 PDF");

    public static Error AlreadySealed => Error.Conflict("security.seal_already_sealed", "文件已经盖有电子印章，再次盖章会使原有印章失效");

    public static Error PlacementInvalid => Error.Validation("security.seal_placement_invalid", "盖章位置不在文件的页面上");

    public static Error AlreadyRevoked(string name) => Error.Conflict("security.seal_already_revoked", $"印章“{name}”已经注销");

    public static Error Changed(string name) => Error.Conflict("security.seal_changed", $"印章“{name}”已被他人修改，请刷新页面后重新操作");

    public static Error Invalid(string field, string message)
        => Error.Validation("security.seal_invalid", message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
