using EGov.Platform.Results;

namespace EGov.Platform.Validation;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capitals without I, O, S, V, Z;
/// the last is a MOD 31 check character. Lowercase input is normalized to capitals.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? value) => Validate(value).IsSuccess;

    /// <summary>The normalized code, or why it is not valid.</summary>
    public static Result<string> Validate(string? value)
    {
        var code = value?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 18)
        {
            return Invalid("length", "统一社会信用代码应为 18 位");
        }

        if (code.Any(c => !Characters.Contains(c, StringComparison.Ordinal)))
        {
            return Invalid("format", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Characters.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return Characters[check] == code[17] ? code : Invalid("check_digit", "统一社会信用代码校验位不正确");
    }

    private static Error Invalid(string reason, string message) => Error.Validation($"validation.credit_code_{reason}", message);
}
