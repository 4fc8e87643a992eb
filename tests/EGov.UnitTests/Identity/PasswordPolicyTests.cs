using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Policies;

namespace EGov.UnitTests.Identity;

public sealed class PasswordPolicyTests
{
    private static readonly SecurityPolicySettings Policy = new IdentitySettings().ToPolicy();

    [Theory]
    [InlineData("Xiling@2026")]
    [InlineData("xiling2026!")]
    [InlineData("XILING2026!")]
    [InlineData("XilingWest2026")]
    public void Password_with_eight_characters_and_three_classes_is_accepted(string password)
        => Assert.Empty(PasswordPolicy.Check(password, "zhangsan", Policy));

    [Fact]
    public void Password_shorter_than_eight_characters_is_rejected_in_chinese()
        => Assert.Contains("密码至少需要 8 个字符。", PasswordPolicy.Check("Ab1!xyz", "zhangsan", Policy));

    [Theory]
    [InlineData("xilingxiling")]
    [InlineData("xiling202620")]
    [InlineData("XilingWestern")]
    public void Password_with_fewer_than_three_classes_is_rejected(string password)
        => Assert.Single(PasswordPolicy.Check(password, "zhangsan", Policy), e => e.Contains("至少 3 类", StringComparison.Ordinal));

    [Fact]
    public void Password_containing_the_user_name_in_any_case_is_rejected()
        => Assert.Contains("密码不能包含用户名。", PasswordPolicy.Check("ZhangSan@2026", "zhangsan", Policy));

    [Fact]
    public void Password_longer_than_128_characters_is_rejected()
        => Assert.Contains(PasswordPolicy.Check(new string('a', 126) + "B1!", "zhangsan", Policy), e => e.Contains("128", StringComparison.Ordinal));

    [Fact]
    public void Four_classes_can_be_required_by_the_policy()
    {
        var strict = Policy with { PasswordRequiredClasses = 4 };

        Assert.NotEmpty(PasswordPolicy.Check("Xiling2026", "zhangsan", strict));
        Assert.Empty(PasswordPolicy.Check("Xiling@2026", "zhangsan", strict));
    }

    [Fact]
    public void One_time_passwords_meet_the_strictest_policy()
    {
        var strict = Policy with { PasswordRequiredClasses = 4, PasswordMinLength = 20 };

        for (var i = 0; i < 50; i++)
        {
            Assert.Empty(PasswordPolicy.Check(OneTimePassword.Create(strict.PasswordMinLength), "zhangsan", strict));
        }
    }
}
