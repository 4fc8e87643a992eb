using EGov.Approvals.Domain.Items;
using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Rules;

/// <summary>
/// The consistency rules of the 实施清单 (approvals.md §2.2), checked on every save: the 14 core elements, codes, online
/// depth and visits, fees, result, time limits (行政许可法 第四十二条), and the material, step and form-field lists.
/// All errors are returned at once, keyed by the item's property names (child lists as <c>Materials[0].Name</c>).
/// </summary>
internal static partial class ItemRules
{
    public static Error? Validate(ServiceItem item)
    {
        var errors = new ItemFieldErrors();
        CoreElements(item, errors);
        Codes(item, errors);
        OnlineAndVisits(item, errors);
        Fees(item, errors);
        Result(item, errors);
        Phones(item, errors);
        TimeLimits(item, errors);
        Materials(item, errors);
        Steps(item, errors);
        Fields(item, errors);
        Topics(item, errors);
        return errors.ToError();
    }

    /// <summary>The 14 core elements of the 办事指南 and the item's codes and basis.</summary>
    internal static void CoreElements(ServiceItem item, ItemFieldErrors errors)
    {
        errors.Required(nameof(item.Name), item.Name, "事项名称", 200)
            .Required(nameof(item.BasicCode), item.BasicCode, "基本编码", 60)
            .Required(nameof(item.ImplementationCode), item.ImplementationCode, "实施编码", 60)
            .Required(nameof(item.LegalBasis), item.LegalBasis, "设定依据", 4000)
            .Required(nameof(item.Conditions), item.Conditions, "办理条件", 4000)
            .Required(nameof(item.Location), item.Location, "办理地点", 500)
            .Required(nameof(item.OfficeHours), item.OfficeHours, "办理时间", 500)
            .Required(nameof(item.ConsultPhone), item.ConsultPhone, "咨询电话", 40)
            .Required(nameof(item.ComplaintPhone), item.ComplaintPhone, "监督投诉电话", 40)
            .Required(nameof(item.OnlineDepthCodes), item.OnlineDepthCodes, "网上办理深度", 40)
            .Optional(nameof(item.QuantityLimit), item.QuantityLimit, "数量限制", 500)
            .Optional(nameof(item.StatutoryLimitNote), item.StatutoryLimitNote, "法定时限说明", 500)
            .Optional(nameof(item.PromisedLimitNote), item.PromisedLimitNote, "承诺时限说明", 500)
            .Optional(nameof(item.Directions), item.Directions, "交通指引", 1000);
        if (item.DepartmentId == Guid.Empty)
        {
            errors.Add(nameof(item.DepartmentId), "请选择实施主体。");
        }

        if (item.Materials.Count == 0)
        {
            errors.Add(nameof(item.Materials), "请至少列出一项申请材料。");
        }

        if (item.Steps.Count == 0)
        {
            errors.Add(nameof(item.Steps), "请填写办理流程，至少一个环节。");
        }

        if (item.DeliveryOptions == DeliveryOptions.None)
        {
            errors.Add(nameof(item.DeliveryOptions), "请选择结果送达方式。");
        }

        // 表格下载: the applicant needs a form, either a downloadable blank one or the online form.
        if (item.Fields.Count == 0 && !item.Materials.Any(m => m.BlankFormId is not null))
        {
            errors.Add(nameof(item.Fields), "请提供表格下载：为申请材料上传空白表格，或者定义网上申请表单。");
        }
    }

    /// <summary>事项类型 is one of the national codes, the depth codes are from the national list, 服务对象 is set.</summary>
    internal static void Codes(ServiceItem item, ItemFieldErrors errors)
    {
        if (!Enum.IsDefined(item.ItemType))
        {
            errors.Add(nameof(item.ItemType), "事项类型应为国家编码 01–10 或 20。");
        }

        var codes = item.OnlineDepthCodes.Split('^', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Any(c => !int.TryParse(c, out var n) || !OnlineDepth.Names.ContainsKey(n)))
        {
            errors.Add(nameof(item.OnlineDepthCodes), "网上办理深度只能从 1–8 的国家代码中选择。");
        }

        if (!Enum.IsDefined(item.OnlineDepthLevel))
        {
            errors.Add(nameof(item.OnlineDepthLevel), "请选择网上办理深度等级（Ⅰ–Ⅳ级）。");
        }

        if (item.ServiceObjects == ServiceObjects.None || ((int)item.ServiceObjects & ~127) != 0)
        {
            errors.Add(nameof(item.ServiceObjects), "请至少选择一类服务对象。");
        }

        if (!Enum.IsDefined(item.CaseKind) || !Enum.IsDefined(item.ExerciseLevel) || !Enum.IsDefined(item.PowerSource)
            || !Enum.IsDefined(item.ImplementerNature) || !Enum.IsDefined(item.ServiceScope) || !Enum.IsDefined(item.ResultType))
        {
            errors.Add(nameof(item.CaseKind), "办件类型、行使层级、权力来源、实施主体性质、通办范围或结果类型的取值无效。");
        }
    }

    /// <summary>Ⅳ级 ⇒ no visit; no visit and no online handling ⇒ 邮寄申请; visits ⇒ the reason.</summary>
    internal static void OnlineAndVisits(ServiceItem item, ItemFieldErrors errors)
    {
        if (item.VisitsRequired < 0)
        {
            errors.Add(nameof(item.VisitsRequired), "到办事现场次数不能为负数。");
        }

        if (item.OnlineDepthLevel == OnlineDepthLevel.Level4 && item.VisitsRequired != 0)
        {
            errors.Add(nameof(item.VisitsRequired), "网上办理深度为Ⅳ级（全程网办）的事项，到办事现场次数应为 0。");
        }

        if (item.VisitsRequired == 0 && !OnlineDepth.AcceptsOnline(item.OnlineDepthCodes) && !item.AcceptsMailApplication)
        {
            errors.Add(nameof(item.AcceptsMailApplication), "不需要到现场、又不能网上办理的事项，必须接受邮寄申请。");
        }

        if (item.VisitsRequired != 0)
        {
            errors.Required(nameof(item.OnSiteReason), item.OnSiteReason, "必须现场办理的原因说明", 1000);
        }
    }

    /// <summary>收费 ⇒ 收费依据, 网上支付 decided, at least one 收费项目; 不收费 ⇒ neither 网上支付 nor fee items.</summary>
    internal static void Fees(ServiceItem item, ItemFieldErrors errors)
    {
        if (item.Charges)
        {
            errors.Required(nameof(item.FeeBasis), item.FeeBasis, "收费依据", 2000);
            if (item.FeeItems.Count == 0)
            {
                errors.Add(nameof(item.FeeItems), "收费事项应至少列出一个收费项目及其标准。");
            }

            for (var i = 0; i < item.FeeItems.Count; i++)
            {
                var fee = item.FeeItems[i];
                errors.Required($"FeeItems[{i}].Name", fee.Name, "收费项目名称", 200).Required($"FeeItems[{i}].Standard", fee.Standard, "收费标准", 200);
                if (fee.Amount < 0)
                {
                    errors.Add($"FeeItems[{i}].Amount", "收费金额不能为负数。");
                }
            }

            return;
        }

        if (item.OnlinePayment)
        {
            errors.Add(nameof(item.OnlinePayment), "不收费的事项不能选择“支持网上支付”。");
        }

        if (item.FeeItems.Count > 0)
        {
            errors.Add(nameof(item.FeeItems), "不收费的事项不能列出收费项目。");
        }
    }

    /// <summary>A result needs its name and sample; an 电子证照 needs 全程网办, electronic delivery and a certificate.</summary>
    internal static void Result(ServiceItem item, ItemFieldErrors errors)
    {
        if (item.ResultType != ResultType.None)
        {
            errors.Required(nameof(item.ResultName), item.ResultName, "审批结果名称", 200);
            if (item.ResultSampleId is null)
            {
                errors.Add(nameof(item.ResultSampleId), "有审批结果的事项须上传审批结果样本。");
            }
        }

        if (item.IssuesELicence
            && (item.OnlineDepthLevel != OnlineDepthLevel.Level4 || !item.DeliveryOptions.HasFlag(DeliveryOptions.Electronic) || item.ResultType != ResultType.Certificate))
        {
            errors.Add(nameof(item.IssuesELicence), "签发电子证照的事项须为Ⅳ级全程网办、支持电子送达，结果类型为出证办结。");
        }

        if (item.LicenceValidityYears is < 1 or > 100)
        {
            errors.Add(nameof(item.LicenceValidityYears), "证照有效期应为 1–100 年，长期有效的请留空。");
        }
    }

    /// <summary>咨询电话 ≠ 投诉电话.</summary>
    internal static void Phones(ServiceItem item, ItemFieldErrors errors)
    {
        static string Digits(string phone) => new([.. phone.Where(char.IsAsciiDigit)]);
        if (!string.IsNullOrWhiteSpace(item.ConsultPhone) && Digits(item.ConsultPhone) == Digits(item.ComplaintPhone))
        {
            errors.Add(nameof(item.ComplaintPhone), "监督投诉电话不能与咨询电话相同。");
        }
    }

    internal static void Topics(ServiceItem item, ItemFieldErrors errors)
    {
        if (item.LifeEvents.Any(e => !LifeEvents.All.Contains(e)))
        {
            errors.Add(nameof(item.LifeEvents), "自然人主题只能从列表中选择。");
        }

        if (item.BusinessStages.Any(s => !BusinessStages.All.Contains(s)))
        {
            errors.Add(nameof(item.BusinessStages), "法人主题只能从列表中选择。");
        }

        var keys = item.Fields.Select(f => f.Key).ToHashSet();
        if (item.PublishedFields.Any(p => !PublicationFields.Names.ContainsKey(p) && !keys.Contains(p)))
        {
            errors.Add(nameof(item.PublishedFields), "结果公示字段只能是公示项或本事项表单中的字段。");
        }
    }
}
