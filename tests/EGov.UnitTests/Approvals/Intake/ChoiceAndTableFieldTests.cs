using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Items;
using static EGov.UnitTests.Approvals.Intake.FormFieldBuilder;

namespace EGov.UnitTests.Approvals.Intake;

public sealed class ChoiceAndTableFieldTests
{
    private static FormField Choice(bool multiple, bool required = false)
    {
        var field = Field(FieldKind.Choice, required: required);
        field.Options = ["热食类食品制售", "冷食类食品制售", "饮品店"];
        field.Multiple = multiple;
        return field;
    }

    private static FormField Staff(int? maxRows = null, bool required = false)
    {
        var field = Field(FieldKind.Table, "staff", required);
        field.Label = "从业人员";
        field.Options = ["姓名", "岗位", "健康证号"];
        field.MaxRows = maxRows;
        return field;
    }

    private static FormInput Rows(params string[][] rows)
    {
        var input = new FormInput();
        input.Tables["staff"] = [.. rows.Select(r => r.ToList())];
        return input;
    }

    [Fact]
    public void Single_choice_takes_one_of_the_options()
    {
        Assert.Equal("""{"f":"饮品店"}""", Validate(Choice(false), Input("f", "饮品店")).Json);
        Assert.Equal("字段：“烧烤”不是可选项", Assert.Single(ErrorsOf(Validate(Choice(false), Input("f", "烧烤")))));
        Assert.Equal("字段只能选择一项", Assert.Single(ErrorsOf(Validate(Choice(false), Input("f", "饮品店", "冷食类食品制售")))));
    }

    [Fact]
    public void Multiple_choice_is_stored_in_the_order_of_the_options()
        => Assert.Equal("""{"f":["热食类食品制售","饮品店"]}""", Validate(Choice(true), Input("f", "饮品店", "热食类食品制售", "饮品店")).Json);

    [Fact]
    public void Required_choice_left_empty_asks_to_choose()
        => Assert.Equal("请选择字段", Assert.Single(ErrorsOf(Validate(Choice(true, required: true), Input("f")))));

    [Fact]
    public void Table_drops_blank_rows_and_stores_one_cell_per_column()
    {
        var outcome = Validate(Staff(), Rows(["张三", "厨师", "HB001"], ["", " ", ""], ["李四", "服务员"]));

        Assert.True(outcome.IsValid);
        Assert.Equal("""{"staff":[["张三","厨师","HB001"],["李四","服务员",""]]}""", outcome.Json);
    }

    [Fact]
    public void Required_table_needs_at_least_one_row()
        => Assert.Equal("从业人员至少填写一行", Assert.Single(ErrorsOf(Validate(Staff(required: true), Rows(["", "", ""])), "staff")));

    [Fact]
    public void Table_refuses_more_rows_than_allowed()
        => Assert.Equal("从业人员最多填写 2 行（现有 3 行）", Assert.Single(ErrorsOf(Validate(Staff(maxRows: 2), Rows(["a"], ["b"], ["c"])), "staff")));

    [Fact]
    public void Table_cell_longer_than_200_characters_names_row_and_column()
        => Assert.Equal("从业人员第 1 行“岗位”不能超过 200 个字", Assert.Single(ErrorsOf(Validate(Staff(), Rows(["张三", new string('厨', 201), ""])), "staff")));

    [Fact]
    public void Every_field_error_is_reported_at_once()
    {
        FormField[] fields = [Field(FieldKind.Text, "a", required: true), Field(FieldKind.Phone, "b"), Field(FieldKind.Date, "c")];
        var input = Input("b", "123");
        input.Values["c"] = ["明天"];

        var outcome = FormValidator.Validate(fields, input, Today);

        Assert.Equal(["Form.a", "Form.b", "Form.c"], outcome.Errors.Keys.Order());
    }

    [Fact]
    public void Posted_form_names_are_read_into_values_and_table_cells()
    {
        var form = new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["Form.name"] = "张三",
            ["Form.items"] = new(["饮品店", "热食类食品制售"]),
            ["Form.staff.1.2"] = "HB002",
            ["Form.staff.0.0"] = "李四",
            ["Other"] = "x",
        });

        var input = FormInput.FromForm(form);

        Assert.Equal("张三", input.Value("name"));
        Assert.Equal(["饮品店", "热食类食品制售"], input.All("items"));
        Assert.Equal(["李四"], input.Rows("staff")[0]);
        Assert.Equal(["", "", "HB002"], input.Rows("staff")[1]);
        Assert.False(input.Values.ContainsKey("Other"));
    }

    [Fact]
    public void Stored_form_data_reads_back_as_labelled_lines()
    {
        var staff = Staff();
        var lines = FormDisplay.Lines([Choice(true), staff], """{"f":["饮品店"],"staff":[["张三","厨师","HB001"]]}""");

        Assert.Equal("饮品店", lines[0].Text);
        Assert.True(lines[1].IsTable);
        Assert.Equal("HB001", lines[1].Rows[0][2]);
    }
}
