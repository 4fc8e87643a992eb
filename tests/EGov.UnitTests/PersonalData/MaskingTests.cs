using EGov.Platform.PersonalData;

namespace EGov.UnitTests.PersonalData;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("420502199001011234", "4205**********1234")]
    [InlineData("42050219900101123X", "4205**********123X")]
    [InlineData("420502900101123", "4205*******1123")]
    [InlineData("12345678", "********")]
    public void Resident_id_keeps_the_first_four_and_last_four(string value, string expected)
        => Assert.Equal(expected, Masking.ResidentId(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0717-6888888", "071*****8888")]
    [InlineData("1234567", "*******")]
    public void Phone_keeps_the_first_three_and_last_four(string value, string expected)
        => Assert.Equal(expected, Masking.Phone(value));

    [Theory]
    [InlineData("湖北省宜昌市西陵区夷陵路12号3栋", "湖北省宜昌市****")]
    [InlineData("西陵区夷陵路", "西陵区****")]
    public void Address_keeps_the_first_six_characters(string value, string expected)
        => Assert.Equal(expected, Masking.Address(value));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("王小明", "王**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("欧阳修", "欧阳*")]
    [InlineData("司马光", "司马*")]
    [InlineData("欧阳", "欧*")]
    [InlineData("李", "*")]
    public void Name_keeps_the_surname(string value, string expected)
        => Assert.Equal(expected, Masking.Name(value));

    [Fact]
    public void Missing_values_stay_missing()
    {
        Assert.Null(Masking.ResidentId(null));
        Assert.Equal("", Masking.Phone(""));
        Assert.Null(Masking.Address(null));
        Assert.Null(Masking.Name(null));
    }
}
