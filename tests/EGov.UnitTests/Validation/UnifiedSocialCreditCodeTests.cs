using EGov.Platform.Validation;

namespace EGov.UnitTests.Validation;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    // The commonly cited example: Σ(value × weight) = 1640, 1640 mod 31 = 28, 31 − 28 = 3 → check '3'.
    [InlineData("91350100M000100Y43")]
    // Σ = 684, 684 mod 31 = 2, 31 − 2 = 29 → 'X' (the 30th character of the set).
    [InlineData("91110000710923344X")]
    public void Valid_codes_are_accepted(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Fact]
    public void Lowercase_is_normalized()
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Validate("91350100m000100y43").Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "validation.credit_code_check_digit", "统一社会信用代码校验位不正确")]
    [InlineData("911100007109233449", "validation.credit_code_check_digit", "统一社会信用代码校验位不正确")]
    [InlineData("91350100M000100Y4", "validation.credit_code_length", "统一社会信用代码应为 18 位")]
    [InlineData("91350100I000100Y43", "validation.credit_code_format", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）")]
    [InlineData("91350100S000100Y43", "validation.credit_code_format", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、S、V、Z）")]
    public void Invalid_codes_are_refused_with_a_Chinese_reason(string code, string errorCode, string message)
    {
        var error = UnifiedSocialCreditCode.Validate(code).Error;

        Assert.Equal(errorCode, error?.Code);
        Assert.Equal(message, error?.Message);
    }
}
