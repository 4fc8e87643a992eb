using EGov.Interaction.Letters.Handling.Publication;

namespace EGov.UnitTests.Interaction.Handling;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("身份证420502199001011238，请核实", "身份证×××，请核实")]
    [InlineData("老身份证420502900101123号", "老身份证×××号")]
    [InlineData("手机13800000001或138-0000-0002", "手机×××或×××")]
    [InlineData("+86 13912345678", "×××")]
    [InlineData("座机0717-6221234，或(0717)6221235", "座机×××，或×××")]
    [InlineData("联系电话：6221236", "联系电话：×××")]
    [InlineData("发邮件到 zhang.san@example.com 即可", "发邮件到 ××× 即可")]
    [InlineData("车牌鄂E12345的车一直占道", "车牌×××的车一直占道")]
    public void Personal_data_is_replaced_by_the_mark(string text, string expected)
        => Assert.Equal(expected, Redaction.Apply(text));

    [Fact]
    public void The_writers_name_is_removed_wherever_it_appears()
        => Assert.Equal("我是×××，×××反映的问题", Redaction.Apply("我是张三丰，张三丰反映的问题", "张三丰"));

    [Theory]
    [InlineData("2025年共投诉12次，罚款5000元")]
    [InlineData("小区3号楼电梯一个月坏了四次")]
    public void Ordinary_numbers_and_text_stay(string text) => Assert.Equal(text, Redaction.Apply(text, "李四"));

    [Fact]
    public void A_one_character_name_is_not_used_to_redact()
        => Assert.Equal("王先生说", Redaction.Apply("王先生说", "王"));
}
