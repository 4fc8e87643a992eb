using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>DEMO DATA: what the demo items of 西陵区 share (the hall, its hours) and short builders for their lists.</summary>
internal static class DemoItemKit
{
    public const string Hall = "西陵区政务服务中心（宜昌市西陵区发展大道56号）";
    public const string Hours = "工作日 上午9:00–12:00 下午13:30–17:00（法定节假日除外）";
    public const string Directions = "乘坐公交10路、B26路至“发展大道政务服务中心”站下车，向东步行约100米。";
    public const string ComplaintPhone = "0717-12345";

    public static string Window(string floor, string windows) => $"{Hall}{floor} {windows}";

    public static RequiredMaterial Material(string name, MaterialNecessity necessity = MaterialNecessity.Required, MaterialSource source = MaterialSource.Applicant,
        string type = "原件", int copies = 1, string? instructions = null, string? sourceNote = null) => new()
        {
            Name = name,
            Necessity = necessity,
            Source = source,
            SourceNote = sourceNote,
            Form = MaterialForm.PaperAndElectronic,
            PaperCopies = copies,
            PaperSpec = "A4",
            MaterialType = type,
            Instructions = instructions,
        };

    /// <summary>受理 → 审查 → 决定 → 制证 → 送达 with these limits (a 即办件 passes zeros).</summary>
    public static List<ProcessStep> Steps(int accept, int review, int decide, int issue, int deliver) =>
    [
        Step(StepStage.Acceptance, "受理", accept, "窗口或网上审核申请材料，材料齐全、符合法定形式的予以受理并出具受理通知书；需要补正的一次性告知。"),
        Step(StepStage.Review, "审查", review, "对申请材料的实质内容进行审查，需要现场核查的组织核查。"),
        Step(StepStage.Decision, "决定", decide, "作出准予或者不予的书面决定；不予的说明理由并告知申请人享有的权利。"),
        Step(StepStage.Issue, "制证", issue, "制作审批结果，全程网办事项同步签发电子证照。"),
        Step(StepStage.Delivery, "送达", deliver, "按申请人选择的方式送达审批结果。"),
    ];

    public static ProcessStep Step(StepStage stage, string name, int days, string description) => new() { Stage = stage, Name = name, LimitDays = days, Description = description };

    public static FormField Field(string key, string label, FieldKind kind, bool required = false, IEnumerable<string>? options = null, bool multiple = false,
        int? maxRows = null, string? help = null) => new()
        {
            Key = key,
            Label = label,
            Kind = kind,
            Required = required,
            Options = options?.ToList() ?? [],
            Multiple = multiple,
            MaxRows = maxRows,
            MaxLength = kind is FieldKind.Text or FieldKind.Address ? 200 : kind == FieldKind.LongText ? 2000 : null,
            Help = help,
        };

    public static FaqEntry Faq(string question, string answer) => new() { Question = question, Answer = answer };

    /// <summary>Numbers the child lists in the order written.</summary>
    public static ServiceItem Ordered(this ServiceItem item)
    {
        for (var i = 0; i < item.Materials.Count; i++)
        {
            item.Materials[i].Order = i + 1;
        }

        for (var i = 0; i < item.Steps.Count; i++)
        {
            item.Steps[i].Order = i + 1;
        }

        for (var i = 0; i < item.Fields.Count; i++)
        {
            item.Fields[i].Order = i + 1;
        }

        return item;
    }
}

/// <summary>DEMO DATA: one demo item and the code of the department that implements it.</summary>
internal sealed record DemoItem(string DepartmentCode, ServiceItem Item);
