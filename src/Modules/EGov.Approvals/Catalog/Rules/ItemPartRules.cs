using System.Text.RegularExpressions;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Rules;

internal static partial class ItemRules
{
    /// <summary>Form-field keys: a lower-case letter, then lower-case letters, digits or underscores.</summary>
    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex FieldKeyPattern();

    public static bool IsWellFormedKey(string key) => FieldKeyPattern().IsMatch(key);

    internal static void Materials(ServiceItem item, ItemFieldErrors errors)
    {
        for (var i = 0; i < item.Materials.Count; i++)
        {
            var m = item.Materials[i];
            var at = $"Materials[{i}]";
            errors.Required($"{at}.Name", m.Name, "材料名称", 300)
                .Optional($"{at}.SourceNote", m.SourceNote, "来源说明", 300)
                .Optional($"{at}.PaperSpec", m.PaperSpec, "纸质材料规格", 100)
                .Optional($"{at}.MaterialType", m.MaterialType, "材料类型", 60)
                .Optional($"{at}.Instructions", m.Instructions, "填报须知", 2000)
                .Optional($"{at}.Note", m.Note, "备注", 1000);
            if (m.PaperCopies < 0)
            {
                errors.Add($"{at}.PaperCopies", "纸质材料份数不能为负数。");
            }

            if (!Enum.IsDefined(m.Source) || !Enum.IsDefined(m.Form) || !Enum.IsDefined(m.Necessity))
            {
                errors.Add($"{at}.Necessity", "材料来源、形式或必要性的取值无效。");
            }
        }
    }

    /// <summary>Each step named, limits not negative; for a 承诺件 the steps fit in the promised limit.</summary>
    internal static void Steps(ServiceItem item, ItemFieldErrors errors)
    {
        for (var i = 0; i < item.Steps.Count; i++)
        {
            var s = item.Steps[i];
            errors.Required($"Steps[{i}].Name", s.Name, "环节名称", 100).Optional($"Steps[{i}].Description", s.Description, "环节说明", 1000);
            if (s.LimitDays < 0)
            {
                errors.Add($"Steps[{i}].LimitDays", "环节时限不能为负数。");
            }

            if (!Enum.IsDefined(s.Stage))
            {
                errors.Add($"Steps[{i}].Stage", "请选择环节所属阶段。");
            }
        }

        var total = item.Steps.Sum(s => Math.Max(0, s.LimitDays));
        if (item.CaseKind == CaseKind.Committed && item.PromisedLimitDays >= 1 && total > item.PromisedLimitDays)
        {
            errors.Add(nameof(item.Steps), $"各环节时限合计 {total} 个工作日，超过了承诺办结时限 {item.PromisedLimitDays} 个工作日。");
        }
    }

    /// <summary>Keys unique and well formed; a choice has options, a table has columns; ranges in order.</summary>
    internal static void Fields(ServiceItem item, ItemFieldErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < item.Fields.Count; i++)
        {
            var f = item.Fields[i];
            var at = $"Fields[{i}]";
            if (!IsWellFormedKey(f.Key))
            {
                errors.Add($"{at}.Key", "字段标识应以小写字母开头，只含小写字母、数字和下划线，最长 60 个字符。");
            }
            else if (!seen.Add(f.Key))
            {
                errors.Add($"{at}.Key", $"字段标识“{f.Key}”重复。");
            }

            errors.Required($"{at}.Label", f.Label, "字段名称", 200).Optional($"{at}.Help", f.Help, "填写说明", 500);
            FieldKindRules(f, at, errors);
        }
    }

    private static void FieldKindRules(FormField f, string at, ItemFieldErrors errors)
    {
        if (!Enum.IsDefined(f.Kind))
        {
            errors.Add($"{at}.Kind", "请选择字段类型。");
        }

        var options = f.Options.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        if (f.Kind == FieldKind.Choice && options.Count == 0)
        {
            errors.Add($"{at}.Options", "选择字段须列出可选项。");
        }

        if (f.Kind == FieldKind.Table && options.Count == 0)
        {
            errors.Add($"{at}.Options", "表格字段须列出各列名称。");
        }

        if (options.Count != options.Distinct().Count())
        {
            errors.Add($"{at}.Options", "可选项或列名不能重复。");
        }

        if (f.Min is { } min && f.Max is { } max && min > max)
        {
            errors.Add($"{at}.Max", "最大值不能小于最小值。");
        }

        if (f.MaxLength is < 1 || f.MaxRows is < 1)
        {
            errors.Add($"{at}.MaxLength", "最大长度和最多行数应为正数。");
        }
    }
}
