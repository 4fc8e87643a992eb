using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Rules;

internal static partial class ItemRules
{
    /// <summary>Most a licensing item's statutory limit may be: 20 working days, 45 when handled jointly (行政许可法 第四十二条).</summary>
    public static int MaxStatutoryDays(ServiceItem item) => item.JointHandling ? 45 : 20;

    /// <summary>即办件 ⇔ promised 0; 承诺件 ⇒ promised ≥ 1; licensing ⇒ statutory within 第四十二条 and promised within statutory.</summary>
    internal static void TimeLimits(ServiceItem item, ItemFieldErrors errors)
    {
        if (item.CaseKind == CaseKind.Immediate && item.PromisedLimitDays != 0)
        {
            errors.Add(nameof(item.PromisedLimitDays), "即办件的承诺办结时限应为 0（即时办结）。");
        }

        if (item.CaseKind == CaseKind.Committed && item.PromisedLimitDays < 1)
        {
            errors.Add(nameof(item.PromisedLimitDays), "承诺件的承诺办结时限至少为 1 个工作日。");
        }

        if (item.StatutoryLimitDays is < 0)
        {
            errors.Add(nameof(item.StatutoryLimitDays), "法定办结时限不能为负数。");
        }

        if (!item.IsLicensing)
        {
            if (item.StatutoryLimitDays is { } days && item.PromisedLimitDays > days)
            {
                errors.Add(nameof(item.PromisedLimitDays), "承诺办结时限不能超过法定办结时限。");
            }

            return;
        }

        var max = MaxStatutoryDays(item);
        if (item.StatutoryLimitDays is not { } statutory)
        {
            errors.Add(nameof(item.StatutoryLimitDays), $"行政许可事项须填写法定办结时限（不超过 {max} 个工作日）。");
        }
        else if (statutory > max)
        {
            errors.Add(nameof(item.StatutoryLimitDays), item.JointHandling
                ? "联合办理的行政许可，法定办结时限不能超过 45 个工作日（《中华人民共和国行政许可法》第四十二条第二款）。"
                : "行政许可的法定办结时限不能超过 20 个工作日（《中华人民共和国行政许可法》第四十二条第一款）；联合办理的请勾选“联合办理”。");
        }
        else if (item.PromisedLimitDays > statutory)
        {
            errors.Add(nameof(item.PromisedLimitDays), "承诺办结时限不能超过法定办结时限。");
        }
    }
}
