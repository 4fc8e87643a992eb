using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Results;

namespace EGov.Disclosure.Catalog.Items;

/// <summary>The rules a catalog item must satisfy before it is saved (条例 第十二条 and the catalog practice of disclosure.md §1.2).</summary>
internal static class CatalogRules
{
    public const int MaxSummary = 500;

    /// <param name="activeCategories">The categories that take new items.</param>
    public static Error? Validate(CatalogItemFields f, DisclosureOptions options, IReadOnlySet<Guid> activeCategories, DateOnly today)
    {
        var errors = new CatalogFieldErrors()
            .Required(nameof(f.Title), f.Title, "信息名称", 300)
            .Required(nameof(f.Summary), f.Summary, "内容概述", MaxSummary)
            .Optional(nameof(f.Body), f.Body, "正文", 200000)
            .Optional(nameof(f.DocumentNumber), f.DocumentNumber, "文号", 100)
            .Optional(nameof(f.PublishingAgency), f.PublishingAgency, "发布机构", 200)
            .Optional(nameof(f.Keywords), f.Keywords, "关键词", 200);
        if (f.GeneratedOn is not { } generated)
        {
            errors.Add(nameof(f.GeneratedOn), "请填写生成日期。");
        }
        else if (generated > today)
        {
            errors.Add(nameof(f.GeneratedOn), "生成日期不能晚于今天。");
        }

        AttributeRules(f, errors);
        if (f.CategoryId is not { } category || !activeCategories.Contains(category))
        {
            errors.Add(nameof(f.CategoryId), "请选择目录分类。");
        }

        if (!options.Subjects.Contains(f.Subject?.Trim() ?? ""))
        {
            errors.Add(nameof(f.Subject), "请从列表中选择主题分类。");
        }

        if (!options.Genres.Contains(f.Genre?.Trim() ?? ""))
        {
            errors.Add(nameof(f.Genre), "请从列表中选择体裁分类。");
        }

        if (!Enum.IsDefined(f.Validity) || !Enum.IsDefined(f.RegulatoryKind))
        {
            errors.Add(nameof(f.Validity), "请选择有效性和文件类别。");
        }
        else if (f.ValidityChangedOn is { } changed && (changed > today || (f.GeneratedOn is { } g && changed < g)))
        {
            errors.Add(nameof(f.ValidityChangedOn), "失效或废止日期应在生成日期和今天之间。");
        }

        return errors.Any ? errors.ToError("disclosure.catalog_item_invalid") : null;
    }

    /// <summary>不予公开 needs its ground (条例 第十四至十六条) and a reason; 依申请公开 needs a reason.</summary>
    private static void AttributeRules(CatalogItemFields f, CatalogFieldErrors errors)
    {
        switch (f.Attribute)
        {
            case DisclosureAttribute.NotDisclosed:
                if (f.NonDisclosureGround is not { } ground || !Enum.IsDefined(ground))
                {
                    errors.Add(nameof(f.NonDisclosureGround), "不予公开的信息须选择不予公开的依据。");
                }

                errors.Required(nameof(f.AttributeReason), f.AttributeReason, "不予公开的理由", 1000);
                break;
            case DisclosureAttribute.OnRequest:
                errors.Required(nameof(f.AttributeReason), f.AttributeReason, "依申请公开的理由", 1000);
                break;
            case DisclosureAttribute.Proactive:
                errors.Optional(nameof(f.AttributeReason), f.AttributeReason, "公开属性说明", 1000);
                break;
            default:
                errors.Add(nameof(f.Attribute), "请选择公开属性。");
                break;
        }
    }

    /// <summary>Only 主动公开 and 依申请公开 items may be published; 不予公开 never goes public.</summary>
    public static bool IsPublishable(DisclosureAttribute attribute) => attribute is DisclosureAttribute.Proactive or DisclosureAttribute.OnRequest;

    /// <summary>Drafts, returned and withdrawn items may be edited; an item in review or public may not.</summary>
    public static bool IsEditable(CatalogItemStatus status) => status is CatalogItemStatus.Draft or CatalogItemStatus.Returned or CatalogItemStatus.Withdrawn;
}
