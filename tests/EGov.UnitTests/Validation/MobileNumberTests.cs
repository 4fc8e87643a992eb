using EGov.Platform.Validation;

namespace EGov.UnitTests.Validation;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData(" 15071234567 ")]
    public void Mainland_mobile_numbers_are_accepted(string number) => Assert.True(MobileNumber.IsValid(number));

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("1380013800a")]
    [InlineData("0717-6666666")]
    [InlineData(null)]
    public void Other_numbers_are_refused(string? number)
    {
        Assert.Equal("手机号码应为 11 位数字，以 13 至 19 开头", MobileNumber.Validate(number).Error?.Message);
    }
}
