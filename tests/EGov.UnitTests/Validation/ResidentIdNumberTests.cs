using EGov.Platform.Validation;

namespace EGov.UnitTests.Validation;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    // The examples of GB 11643-1999 itself: 北京市朝阳区 1949-12-31 (check X) and 广东省汕头市潮阳县 1880-01-01.
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    // The standard's example with sequence 001: Σ(digit × weight) = 165, 165 mod 11 = 0 → check 1.
    [InlineData("110105194912310011")]
    public void Valid_numbers_are_accepted(string number)
    {
        Assert.True(ResidentIdNumber.IsValid(number, Today));
    }

    [Fact]
    public void A_lowercase_x_is_accepted_and_normalized()
    {
        Assert.Equal("11010519491231002X", ResidentIdNumber.Validate("11010519491231002x", Today).Value);
    }

    [Theory]
    // 11010519491231002: Σ = 167, 167 mod 11 = 2 → the check must be X, not 9.
    [InlineData("110105194912310029", "validation.resident_id_check_digit", "身份证号码校验位不正确")]
    [InlineData("11010519491231002", "validation.resident_id_length", "身份证号码应为 18 位")]
    [InlineData("1101051949123100XX", "validation.resident_id_format", "身份证号码只能由数字组成，最后一位可以是 X")]
    [InlineData("00010519491231002X", "validation.resident_id_region", "身份证号码的地区代码不正确")]
    [InlineData("110105194902300021", "validation.resident_id_birth_date", "身份证号码中的出生日期不正确")]
    [InlineData("110105202701010011", "validation.resident_id_birth_date", "身份证号码中的出生日期不正确")]
    [InlineData(null, "validation.resident_id_length", "身份证号码应为 18 位")]
    public void Invalid_numbers_are_refused_with_a_Chinese_reason(string? number, string code, string message)
    {
        var error = ResidentIdNumber.Validate(number, Today).Error;

        Assert.Equal(code, error?.Code);
        Assert.Equal(message, error?.Message);
    }
}
