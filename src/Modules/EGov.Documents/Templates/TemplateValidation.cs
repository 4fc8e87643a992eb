using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Documents.Outgoing.Handling;
using EGov.Platform.Results;

namespace EGov.Documents.Templates;

/// <summary>The template's fields checked all at once; the 代字 is Chinese characters only, as it is printed in the 发文字号.</summary>
internal static class TemplateValidation
{
    public static async Task<Result<(DocumentType Type, Direction Direction, PrintFormat Format)>> CheckAsync(TemplateInput input, OrganizationFacts organization, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var tree = await organization.TreeAsync(cancellationToken);
        if (input.AgencyId is not { } agency || tree.All(d => d.Id != agency))
        {
            errors["AgencyId"] = ["请选择发文机关。"];
        }

        if (input.PrintingDepartmentId is not { } printing || tree.All(d => d.Id != printing))
        {
            errors["PrintingDepartmentId"] = ["请选择负责编号、用印和分发的印发部门。"];
        }

        Require(errors, "Name", input.Name, "模板名称", 100);
        Require(errors, "AgencyMark", input.AgencyMark, "发文机关标志", 100);
        Require(errors, "SignatureAgency", input.SignatureAgency, "发文机关署名", 100);
        Require(errors, "PrintingAgency", input.PrintingAgency, "印发机关", 100);
        if (input.MainRecipients?.Trim().Length > DraftParser.RecipientsMax)
        {
            errors["MainRecipients"] = [$"默认主送机关不能超过 {DraftParser.RecipientsMax} 个字。"];
        }
        if (DocumentUnit.Trimmed(input.AgencyCode) is not { Length: >= 2 and <= 10 } code || !code.All(c => c is >= '\u4e00' and <= '\u9fff'))
        {
            errors["AgencyCode"] = ["机关代字应为 2 至 10 个汉字，例如“西政发”。"];
        }

        var type = EnumCodes.Type(input.DefaultType);
        var direction = EnumCodes.Direction(input.DefaultDirection);
        if (type is null)
        {
            errors["DefaultType"] = ["请选择默认文种。"];
        }

        if (direction is null)
        {
            errors["DefaultDirection"] = ["行文方向只能是上行文、平行文或下行文。"];
        }

        var format = string.IsNullOrWhiteSpace(input.Format) ? PrintFormat.File : EnumCodes.Format(input.Format);
        if (format is null)
        {
            errors["Format"] = ["公文格式只能是文件格式或信函格式。"];
        }

        return errors.Count > 0 ? OutgoingErrors.Fields(errors) : (type!.Value, direction!.Value, format!.Value);
    }

    public static void Apply(DocumentTemplate t, TemplateInput i, (DocumentType Type, Direction Direction, PrintFormat Format) parsed)
    {
        t.Format = parsed.Format;
        (t.AgencyId, t.Name, t.AgencyMark, t.AgencyCode) = (i.AgencyId!.Value, i.Name!.Trim(), i.AgencyMark!.Trim(), i.AgencyCode!.Trim());
        (t.DefaultType, t.DefaultDirection, t.MainRecipients, t.MainRecipientIds) = (parsed.Type, parsed.Direction, i.MainRecipients?.Trim() ?? "", [.. (i.MainRecipientIds ?? []).Distinct()]);
        (t.CopyRecipients, t.CopyRecipientIds) = (DocumentUnit.Trimmed(i.CopyRecipients), [.. (i.CopyRecipientIds ?? []).Distinct()]);
        (t.SignatureAgency, t.PrintingAgency, t.PrintingDepartmentId, t.IsActive) = (i.SignatureAgency!.Trim(), i.PrintingAgency!.Trim(), i.PrintingDepartmentId!.Value, i.IsActive);
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string what, int max)
    {
        if (DocumentUnit.Trimmed(value) is not { } text)
        {
            errors[field] = [$"请填写{what}。"];
        }
        else if (text.Length > max)
        {
            errors[field] = [$"{what}不能超过 {max} 个字。"];
        }
    }
}
