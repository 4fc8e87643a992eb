using EGov.Approvals.Catalog.Demo;
using EGov.Approvals.Catalog.Rules;
using EGov.Approvals.Domain.Items;

namespace EGov.UnitTests.Approvals.Catalog;

/// <summary>The 实施清单 consistency rules of approvals.md §2.2 and the time limits of 行政许可法 第四十二条, one test per rule.</summary>
public sealed class ItemRulesTests
{
    /// <summary>The demo 食品经营许可 with its downloads in place: valid as it stands.</summary>
    private static ServiceItem Valid()
    {
        var item = DemoApprovalItems.FoodBusiness();
        item.DepartmentId = Guid.NewGuid();
        item.ResultSampleId = Guid.NewGuid();
        return item;
    }

    private static IReadOnlyDictionary<string, string[]> Errors(ServiceItem item) => ItemRules.Validate(item)?.Fields ?? new Dictionary<string, string[]>();

    private static void AssertOnly(string field, ServiceItem item) => Assert.Equal([field], Errors(item).Keys);

    [Fact]
    public void A_complete_item_is_valid() => Assert.Null(ItemRules.Validate(Valid()));

    [Fact]
    public void Level_IV_requires_zero_visits()
    {
        var item = Valid();
        (item.VisitsRequired, item.OnSiteReason) = (1, "核验原件");
        AssertOnly(nameof(ServiceItem.VisitsRequired), item);
    }

    [Fact]
    public void No_visit_and_no_online_handling_requires_mail_applications()
    {
        var item = Valid();
        (item.OnlineDepthCodes, item.OnlineDepthLevel, item.IssuesELicence) = ("1^6", OnlineDepthLevel.Level1, false);
        AssertOnly(nameof(ServiceItem.AcceptsMailApplication), item);
        item.AcceptsMailApplication = true;
        Assert.Null(ItemRules.Validate(item));
    }

    [Fact]
    public void Visits_require_the_on_site_reason()
    {
        var item = Valid();
        (item.OnlineDepthLevel, item.IssuesELicence, item.VisitsRequired) = (OnlineDepthLevel.Level3, false, 1);
        AssertOnly(nameof(ServiceItem.OnSiteReason), item);
    }

    [Fact]
    public void Charging_requires_basis_and_fee_items()
    {
        var item = Valid();
        item.Charges = true;
        Assert.Equal([nameof(ServiceItem.FeeBasis), nameof(ServiceItem.FeeItems)], Errors(item).Keys.Order());
    }

    [Fact]
    public void No_charge_forbids_online_payment_and_fee_items()
    {
        var item = Valid();
        item.OnlinePayment = true;
        item.FeeItems = [new FeeItem { Name = "工本费", Standard = "每证10元" }];
        Assert.Equal([nameof(ServiceItem.FeeItems), nameof(ServiceItem.OnlinePayment)], Errors(item).Keys.Order());
    }

    [Fact]
    public void A_result_requires_its_name_and_sample()
    {
        var item = Valid();
        (item.ResultName, item.ResultSampleId) = (null, null);
        Assert.Equal([nameof(ServiceItem.ResultName), nameof(ServiceItem.ResultSampleId)], Errors(item).Keys.Order());
    }

    [Fact]
    public void Consultation_and_complaint_phones_differ()
    {
        var item = Valid();
        item.ComplaintPhone = item.ConsultPhone.Replace("-", "", StringComparison.Ordinal);
        AssertOnly(nameof(ServiceItem.ComplaintPhone), item);
    }

    [Fact]
    public void An_immediate_case_has_no_promised_days()
    {
        var item = Valid();
        item.CaseKind = CaseKind.Immediate;
        Assert.Contains(nameof(ServiceItem.PromisedLimitDays), Errors(item).Keys);
    }

    [Fact]
    public void A_committed_case_promises_at_least_one_day()
    {
        var item = Valid();
        (item.PromisedLimitDays, item.Steps) = (0, []);
        Assert.Contains("承诺件的承诺办结时限至少为 1 个工作日。", Errors(item)[nameof(ServiceItem.PromisedLimitDays)]);
    }

    [Fact]
    public void Licensing_statutory_limit_is_at_most_20_days_article_42()
    {
        var item = Valid();
        item.StatutoryLimitDays = 21;
        AssertOnly(nameof(ServiceItem.StatutoryLimitDays), item);
    }

    [Fact]
    public void Joint_licensing_statutory_limit_is_at_most_45_days_article_42_paragraph_2()
    {
        var item = Valid();
        (item.JointHandling, item.StatutoryLimitDays) = (true, 45);
        Assert.Null(ItemRules.Validate(item));
        item.StatutoryLimitDays = 46;
        AssertOnly(nameof(ServiceItem.StatutoryLimitDays), item);
    }

    [Fact]
    public void Promised_limit_is_within_the_statutory_limit()
    {
        var item = Valid();
        item.StatutoryLimitDays = 9;
        AssertOnly(nameof(ServiceItem.PromisedLimitDays), item);
    }

    [Fact]
    public void An_electronic_licence_needs_level_IV_electronic_delivery_and_a_certificate()
    {
        var item = Valid();
        item.DeliveryOptions = DeliveryOptions.Post;
        AssertOnly(nameof(ServiceItem.IssuesELicence), item);
    }

    [Fact]
    public void Core_elements_are_required_and_all_errors_come_at_once()
    {
        var item = Valid();
        (item.Name, item.Conditions, item.Location, item.OfficeHours, item.ConsultPhone, item.ComplaintPhone) = ("", "", "", " ", "", "");
        (item.DeliveryOptions, item.IssuesELicence, item.Materials, item.Steps) = (DeliveryOptions.None, false, [], []);
        var errors = Errors(item);
        Assert.Equal(
            new[] { "ComplaintPhone", "Conditions", "ConsultPhone", "DeliveryOptions", "Location", "Materials", "Name", "OfficeHours", "Steps" },
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("请填写事项名称。", errors["Name"][0]);
    }

    [Fact]
    public void A_form_to_download_or_fill_online_is_required()
    {
        var item = Valid();
        (item.Fields, item.PublishedFields) = ([], ["number"]);
        AssertOnly(nameof(ServiceItem.Fields), item);
    }

    [Fact]
    public void Depth_codes_come_from_the_national_list()
    {
        var item = Valid();
        item.OnlineDepthCodes = "1^2^3^4^5^6^7^9";
        AssertOnly(nameof(ServiceItem.OnlineDepthCodes), item);
    }

    [Fact]
    public void Item_type_is_a_national_code()
    {
        var item = Valid();
        item.ItemType = (ItemType)11;
        Assert.Contains(nameof(ServiceItem.ItemType), Errors(item).Keys);
    }

    [Fact]
    public void Service_objects_are_required()
    {
        var item = Valid();
        item.ServiceObjects = ServiceObjects.None;
        AssertOnly(nameof(ServiceItem.ServiceObjects), item);
    }

    [Theory]
    [InlineData("Business", "Fields[0].Key")]
    [InlineData("1st", "Fields[0].Key")]
    [InlineData("credit_code", "Fields[1].Key")]
    public void Field_keys_are_well_formed_and_unique(string key, string field)
    {
        var item = Valid();
        item.Fields[0].Key = key;
        Assert.Contains(field, Errors(item).Keys);
    }

    [Fact]
    public void Choice_fields_have_options_and_table_fields_columns()
    {
        var item = Valid();
        item.Fields[3].Options = [];
        item.Fields[5].Options = [" "];
        Assert.Equal(["Fields[3].Options", "Fields[5].Options"], Errors(item).Keys.Order());
    }

    [Fact]
    public void Materials_have_names()
    {
        var item = Valid();
        item.Materials[1].Name = "";
        AssertOnly("Materials[1].Name", item);
    }

    [Fact]
    public void Step_limits_are_not_negative()
    {
        var item = Valid();
        item.Steps[0].LimitDays = -1;
        AssertOnly("Steps[0].LimitDays", item);
    }

    [Fact]
    public void Steps_of_a_committed_case_fit_in_the_promised_limit()
    {
        var item = Valid();
        item.Steps[1].LimitDays = 6;
        Assert.Contains("各环节时限合计 11 个工作日，超过了承诺办结时限 10 个工作日。", Errors(item)[nameof(ServiceItem.Steps)]);
    }

    [Fact]
    public void Published_fields_are_publication_fields_or_form_keys()
    {
        var item = Valid();
        item.PublishedFields = ["number", "premises", "unknown"];
        AssertOnly(nameof(ServiceItem.PublishedFields), item);
    }
}
