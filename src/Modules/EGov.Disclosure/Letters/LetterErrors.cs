using EGov.Platform.Results;

namespace EGov.Disclosure.Letters;

internal static class LetterErrors
{
    public static Error FontMissing(string message) => Error.Validation("disclosure.letter_font_missing", message);

    public static Error NoOutcome { get; } = Error.Conflict("disclosure.letter_no_outcome", "该申请还没有答复结果，无法生成答复告知书。");

    public static Error TemplateBroken(string detail) => Error.Validation("disclosure.letter_template_broken", $"告知书模板有误：{detail}");

    public static Error UnknownKind { get; } = Error.NotFound("disclosure.letter_unknown_kind", "没有这种告知书。");

    public static Error AgencyNotFound { get; } = Error.NotFound("disclosure.letter_agency_not_found", "没有找到该机关，或者不在您的管理范围内。");

    public static Error AgencyRequired(IEnumerable<string> codes)
        => Error.Validation("disclosure.letter_agency_required", $"请用 agency 参数指定机关代码。您可以管理的有：{string.Join("、", codes)}。");

    public static Error Stale { get; } = Error.Conflict("disclosure.letter_template_stale", "模板已被他人修改，请重新打开后再保存。");

    public static Error StoreFailed(string message) => Error.Validation("disclosure.letter_store_failed", $"告知书无法保存：{message}");
}
