using EGov.Platform.Results;

namespace EGov.Interaction.Moderation.Words;

internal static class SensitiveWordErrors
{
    public const int MaxLength = 50;
    public const int MaxPerAddition = 200;

    public static readonly Error Empty = Field("interaction.sensitive_words_empty", "请至少输入一个敏感词（每行一个）。");
    public static readonly Error TooLong = Field("interaction.sensitive_word_too_long", $"每个敏感词不超过 {MaxLength} 个字。");
    public static readonly Error TooMany = Field("interaction.sensitive_words_too_many", $"一次最多添加 {MaxPerAddition} 个敏感词。");
    public static readonly Error NotFound = Error.NotFound("interaction.sensitive_word_not_found", "该敏感词不存在，可能已被他人删除。");

    private static Error Field(string code, string message)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { ["Words"] = [message] } };
}
