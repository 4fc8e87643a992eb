using EGov.Disclosure;
using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Domain.Catalog;

namespace EGov.UnitTests.Disclosure.Catalog;

public sealed class CatalogRulesTests
{
    private static readonly Guid Category = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static CatalogItemFields Valid() => new()
    {
        AgencyCode = "xlq",
        Title = "西陵区2026年区级财政预算",
        Summary = "公开2026年区级财政收支预算。",
        GeneratedOn = new DateOnly(2026, 2, 12),
        Attribute = DisclosureAttribute.Proactive,
        CategoryId = Category,
        Subject = "财政、金融、审计",
        Genre = "报告",
    };

    private static IReadOnlyDictionary<string, string[]> Errors(CatalogItemFields fields)
        => CatalogRules.Validate(fields, new DisclosureOptions(), new HashSet<Guid> { Category }, Today)?.Fields ?? new Dictionary<string, string[]>();

    [Fact]
    public void A_complete_proactive_item_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Not_disclosed_needs_a_ground_and_a_reason()
    {
        // 条例 第十四条至第十六条: the ground is one of the annual report's 不予公开 rows; the reason is given in words.
        var errors = Errors(Valid() with { Attribute = DisclosureAttribute.NotDisclosed });

        Assert.Equal("不予公开的信息须选择不予公开的依据。", Assert.Single(errors["NonDisclosureGround"]));
        Assert.Equal("请填写不予公开的理由。", Assert.Single(errors["AttributeReason"]));
        Assert.Empty(Errors(Valid() with { Attribute = DisclosureAttribute.NotDisclosed, NonDisclosureGround = NonDisclosureGround.ProcessInformation, AttributeReason = "讨论记录" }));
    }

    [Fact]
    public void On_request_needs_a_reason()
    {
        Assert.Equal("请填写依申请公开的理由。", Assert.Single(Errors(Valid() with { Attribute = DisclosureAttribute.OnRequest })["AttributeReason"]));
        Assert.Empty(Errors(Valid() with { Attribute = DisclosureAttribute.OnRequest, AttributeReason = "涉及企业信息较多" }));
    }

    [Fact]
    public void Subject_and_genre_come_from_the_configured_lists()
    {
        var errors = Errors(Valid() with { Subject = "财政", Genre = "文章" });

        Assert.Equal("请从列表中选择主题分类。", Assert.Single(errors["Subject"]));
        Assert.Equal("请从列表中选择体裁分类。", Assert.Single(errors["Genre"]));
    }

    [Fact]
    public void Summary_is_required_and_at_most_500_characters()
    {
        Assert.Equal("请填写内容概述。", Assert.Single(Errors(Valid() with { Summary = " " })["Summary"]));
        Assert.Equal("内容概述不能超过 500 个字。", Assert.Single(Errors(Valid() with { Summary = new string('概', 501) })["Summary"]));
        Assert.Empty(Errors(Valid() with { Summary = new string('概', 500) }));
    }

    [Fact]
    public void Generation_date_cannot_lie_in_the_future_and_a_retired_category_is_refused()
    {
        var errors = Errors(Valid() with { GeneratedOn = Today.AddDays(1), CategoryId = Guid.NewGuid() });

        Assert.Equal("生成日期不能晚于今天。", Assert.Single(errors["GeneratedOn"]));
        Assert.Equal("请选择目录分类。", Assert.Single(errors["CategoryId"]));
    }

    [Fact]
    public void Only_proactive_and_on_request_items_are_publishable()
    {
        Assert.True(CatalogRules.IsPublishable(DisclosureAttribute.Proactive));
        Assert.True(CatalogRules.IsPublishable(DisclosureAttribute.OnRequest));
        Assert.False(CatalogRules.IsPublishable(DisclosureAttribute.NotDisclosed));
    }
}
