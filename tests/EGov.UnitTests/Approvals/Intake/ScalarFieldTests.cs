using EGov.Approvals.Domain.Items;
using static EGov.UnitTests.Approvals.Intake.FormFieldBuilder;

namespace EGov.UnitTests.Approvals.Intake;

public sealed class ScalarFieldTests
{
    [Fact]
    public void Text_longer_than_its_max_length_is_refused_with_the_count()
    {
        var field = Field(FieldKind.Text);
        field.MaxLength = 5;

        var outcome = Validate(field, Input("f", "西陵区政务服务"));

        Assert.Equal("字段不能超过 5 个字（现有 7 个）", Assert.Single(ErrorsOf(outcome)));
    }

    [Fact]
    public void Text_without_a_max_length_is_limited_to_200_characters_and_long_text_to_2000()
    {
        Assert.NotEmpty(ErrorsOf(Validate(Field(FieldKind.Text), Input("f", new string('字', 201)))));
        Assert.Empty(ErrorsOf(Validate(Field(FieldKind.LongText), Input("f", new string('字', 2000)))));
        Assert.NotEmpty(ErrorsOf(Validate(Field(FieldKind.LongText), Input("f", new string('字', 2001)))));
    }

    [Fact]
    public void Text_is_trimmed_and_stored()
    {
        var outcome = Validate(Field(FieldKind.Text), Input("f", "  张三餐饮店 "));

        Assert.True(outcome.IsValid);
        Assert.Equal("""{"f":"张三餐饮店"}""", outcome.Json);
    }

    [Theory]
    [InlineData("12.5", true)]
    [InlineData("-3", true)]
    [InlineData("十二", false)]
    [InlineData("1e3", false)]
    public void Number_accepts_decimals_only(string value, bool valid)
        => Assert.Equal(valid, Validate(Field(FieldKind.Number), Input("f", value)).IsValid);

    [Fact]
    public void Number_outside_min_and_max_is_refused()
    {
        var field = Field(FieldKind.Number);
        field.Min = 1;
        field.Max = 100;

        Assert.Equal("字段不能小于 1", Assert.Single(ErrorsOf(Validate(field, Input("f", "0.5")))));
        Assert.Equal("字段不能大于 100", Assert.Single(ErrorsOf(Validate(field, Input("f", "100.01")))));
        Assert.Equal("""{"f":100}""", Validate(field, Input("f", "100")).Json);
    }

    [Theory]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("2026/02/28", false)]
    [InlineData("2026年2月28日", false)]
    public void Date_is_a_real_day_written_yyyy_MM_dd(string value, bool valid)
        => Assert.Equal(valid, Validate(Field(FieldKind.Date), Input("f", value)).IsValid);

    [Fact]
    public void Resident_id_number_is_checked_by_its_check_digit_and_stored_with_capital_x()
    {
        Assert.True(Validate(Field(FieldKind.IdNumber), Input("f", "420502199001011238")).IsValid);
        Assert.Equal("字段：身份证号码校验位不正确", Assert.Single(ErrorsOf(Validate(Field(FieldKind.IdNumber), Input("f", "420502199001011239")))));
        Assert.Equal("""{"f":"11010519491231002X"}""", Validate(Field(FieldKind.IdNumber), Input("f", "11010519491231002x")).Json);
    }

    [Fact]
    public void Credit_code_is_checked_by_the_platform_rule()
    {
        Assert.True(Validate(Field(FieldKind.CreditCode), Input("f", "91420502MA4XL00012")).IsValid);
        Assert.Equal("字段：统一社会信用代码校验位不正确", Assert.Single(ErrorsOf(Validate(Field(FieldKind.CreditCode), Input("f", "91420502MA4XL00013")))));
    }

    [Theory]
    [InlineData("13800000001", true)]
    [InlineData("0717-6222222", true)]
    [InlineData("0717-12345", false)]
    [InlineData("07176222222-801", true)]
    [InlineData("12800000001", false)]
    [InlineData("6222222", false)]
    public void Phone_is_a_mobile_number_or_a_landline_with_area_code(string value, bool valid)
        => Assert.Equal(valid, Validate(Field(FieldKind.Phone), Input("f", value)).IsValid);

    [Fact]
    public void Address_is_required_when_the_field_is_and_limited_in_length()
    {
        Assert.Equal("请填写字段", Assert.Single(ErrorsOf(Validate(Field(FieldKind.Address, required: true), Input("f", "   ")))));
        Assert.NotEmpty(ErrorsOf(Validate(Field(FieldKind.Address), Input("f", new string('路', 201)))));
        Assert.True(Validate(Field(FieldKind.Address, required: true), Input("f", "湖北省宜昌市西陵区夷陵大道1号")).IsValid);
    }

    [Fact]
    public void Optional_field_left_empty_is_not_stored()
    {
        var outcome = Validate(Field(FieldKind.Number), Input("f", ""));

        Assert.True(outcome.IsValid);
        Assert.Equal("{}", outcome.Json);
    }
}
