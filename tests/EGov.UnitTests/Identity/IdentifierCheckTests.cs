using EGov.Platform.Identity;

namespace EGov.UnitTests.Identity;

public sealed class IdentifierCheckTests
{
    [Theory]
    [InlineData("11010519491231002X", true)] // the example of GB 11643
    [InlineData("11010519491231002x", true)]
    [InlineData("420502199001011238", true)]
    [InlineData("420502199001011239", false)] // wrong check digit
    [InlineData("420502199002301230", false)] // 30 February
    [InlineData("42050219900101123", false)]
    [InlineData("", false)]
    public void Resident_id_number_is_checked_by_its_gb_11643_check_character(string value, bool valid)
        => Assert.Equal(valid, ResidentIdCheck.IsValid(value));

    [Theory]
    [InlineData("91350100M000100Y43", true)] // the example of GB 32100
    [InlineData("91420502MA4XL00012", true)]
    [InlineData("91420502MA4XL00013", false)]
    [InlineData("91420502MA4XL0001I", false)] // I is not in the code set
    [InlineData("9142050", false)]
    public void Unified_social_credit_code_is_checked_by_its_gb_32100_check_character(string value, bool valid)
        => Assert.Equal(valid, CreditCodeCheck.IsValid(value));

    [Theory]
    [InlineData("13800000001", true)]
    [InlineData("19912345678", true)]
    [InlineData("12800000001", false)]
    [InlineData("1380000000", false)]
    [InlineData("1380000000a", false)]
    public void Mobile_number_has_eleven_digits_starting_1_3_to_1_9(string value, bool valid)
        => Assert.Equal(valid, MobileFormat.IsValid(value));
}
