using System.Text;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Attachments;
using EGov.Platform.Pdf;
using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Demo;

/// <summary>
/// DEMO DATA: the downloads of a demo item written as real files: a blank and a filled-in sample of each application
/// form (materials named …申请书/申请表/申领表/登记表) and the result sample. Public, like every download of a guide.
/// </summary>
internal sealed class DemoItemFiles(IAttachmentStore store, IPdfLetterWriter pdf, string departmentName, DateOnly today)
{
    private static readonly string[] FormSuffixes = ["申请书", "申请表", "申领表", "登记表"];

    public async Task AddAsync(ServiceItem item, CancellationToken cancellationToken)
    {
        foreach (var material in item.Materials.Where(m => FormSuffixes.Any(m.Name.EndsWith)))
        {
            material.BlankFormId = await SaveAsync(item, $"{material.Name}（空表）", BlankLines(item), cancellationToken);
            material.SampleFormId = await SaveAsync(item, $"{material.Name}（样表）", SampleLines(item), cancellationToken);
        }

        if (item.ResultType != ResultType.None && item.ResultName is { } result)
        {
            item.ResultSampleId = await SaveAsync(item, $"{result}（样本）",
                [$"持证主体：宜昌西陵示例科技有限公司", $"证照编号：{item.ImplementationCode}-{today.Year}-000001", $"发证机关：{departmentName}",
                 item.LicenceValidityYears is { } years ? $"有效期：{years}年" : "有效期：长期", "本样本仅供参考，不具有法律效力。"], cancellationToken);
        }
    }

    private static List<string> BlankLines(ServiceItem item)
        => ["申请人（签字或者盖章）：____________", "联系电话：____________", .. item.Fields.Select(f => $"{f.Label}：____________"), "申请日期：____年__月__日"];

    private static List<string> SampleLines(ServiceItem item)
        => ["申请人（签字或者盖章）：张三", "联系电话：13800000001", .. item.Fields.Select(f => $"{f.Label}：{Example(f)}"), "申请日期：2026年3月2日"];

    private static string Example(FormField field) => field.Kind switch
    {
        FieldKind.CreditCode => "91420502MA4XL00012",
        FieldKind.IdNumber => "420502199001011238",
        FieldKind.Address => "宜昌市西陵区东山大道100号",
        FieldKind.Date => "2026年3月16日",
        FieldKind.Number => "120",
        FieldKind.Choice => field.Options.FirstOrDefault() ?? "",
        FieldKind.Table => string.Join("；", field.Options.Select(c => $"{c}：（按实际填写）")),
        _ => "（按实际填写）",
    };

    private async Task<Guid> SaveAsync(ServiceItem item, string title, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(ApprovalsClocks.Module, item.Id.ToString()) { IsPublic = true };
        var written = pdf.Write(new PdfLetter(title, lines, departmentName, today));
        // Without the Song font (a host without fonts-arphic-gbsn00lp) the sample is a text file instead.
        var (bytes, name, type) = written.IsSuccess
            ? (written.Value, $"{title}.pdf", "application/pdf")
            : (Encoding.UTF8.GetBytes($"{title}\n\n{string.Join('\n', lines)}\n"), $"{title}.txt", "text/plain");
        using var content = new MemoryStream(bytes);
        var saved = await store.SaveAsync(content, name, type, owner, cancellationToken);
        return saved.IsSuccess ? saved.Value.Id : throw new InvalidOperationException($"演示样本保存失败：{saved.Error!.Message}");
    }
}
