using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Licences;
using EGov.Approvals.Licences.Issuing;

namespace EGov.UnitTests.Approvals.Licences;

public sealed class LicenceFieldsTests
{
    private static readonly ServiceItem Item = new()
    {
        Name = "食品经营许可",
        PublishedFields = ["business_type", "scope"],
        Fields =
        [
            new FormField { Order = 1, Key = "premises", Label = "经营场所", Kind = FieldKind.Address },
            new FormField { Order = 2, Key = "business_type", Label = "主体业态", Kind = FieldKind.Choice },
            new FormField { Order = 3, Key = "scope", Label = "经营项目", Kind = FieldKind.Choice, Multiple = true },
            new FormField { Order = 4, Key = "contact", Label = "联系电话", Kind = FieldKind.Phone },
            new FormField { Order = 5, Key = "staff", Label = "从业人员数", Kind = FieldKind.Number },
        ],
    };

    private static Application Applied(ApplicantKind kind, string? representative = null) => new()
    {
        ApplicantKind = kind,
        LegalRepresentative = representative,
        FormData = """{"premises":"西陵区夷陵大道100号","business_type":"食品销售经营者","scope":["预包装食品销售","散装食品销售"],"contact":"13800000001","staff":12}""",
    };

    [Fact]
    public void Licence_prints_the_published_fields_and_the_premises_but_not_the_phone_or_other_fields()
    {
        var rows = LicenceFields.Of(Applied(ApplicantKind.EnterpriseLegalPerson, "李四"), Item);

        Assert.Equal(["法定代表人（负责人）", "经营场所", "主体业态", "经营项目"], rows.Select(r => r.Label));
        Assert.Equal("预包装食品销售、散装食品销售", rows[3].Value);
        Assert.All(rows, r => Assert.Equal(FieldMask.None, r.Mask));
    }

    [Fact]
    public void Premises_of_a_natural_person_are_masked_on_public_pages()
    {
        var rows = LicenceFields.Of(Applied(ApplicantKind.NaturalPerson), Item);

        Assert.Equal(FieldMask.Address, rows.Single(r => r.Label == "经营场所").Mask);
    }

    [Fact]
    public void Fields_round_trip_through_the_stored_json()
    {
        var rows = LicenceFields.Of(Applied(ApplicantKind.NaturalPerson), Item);

        Assert.Equal(rows, LicenceField.Parse(LicenceField.Serialize(rows)));
    }

    [Fact]
    public void Table_rows_are_joined_with_semicolons()
    {
        var values = FormValueText.Read("""{"rows":[["张三","厨师"],["李四","店员"]],"empty":"","yes":true}""");

        Assert.Equal("张三，厨师；李四，店员", values["rows"]);
        Assert.Equal("是", values["yes"]);
        Assert.False(values.ContainsKey("empty"));
    }
}
