using System.Security.Claims;
using EGov.Documents.Domain;
using EGov.Documents.Templates;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>Checks a draft's values field by field, all at once, and finds its template among those the drafter may use.</summary>
internal sealed class DraftParser(TemplateQueries templates)
{
    public const int TitleMax = 200;
    public const int RecipientsMax = 500;
    public const int BodyMax = 100_000;

    public async Task<Result<DraftValues>> ParseAsync(DraftInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var template = input.TemplateId is { } id ? await templates.UsableAsync(user, id, cancellationToken) : null;
        if (template is null)
        {
            Fail("TemplateId", "请选择本单位或上级机关的公文模板。");
        }

        var type = EnumCodes.Type(input.Type);
        if (type is null)
        {
            Fail("Type", "请选择文种（十五种法定公文之一）。");
        }

        var direction = string.IsNullOrWhiteSpace(input.Direction) ? template?.DefaultDirection : EnumCodes.Direction(input.Direction);
        if (direction is null)
        {
            Fail("Direction", "行文方向只能是上行文、平行文或下行文。");
        }

        var secrecy = string.IsNullOrWhiteSpace(input.Secrecy) ? Secrecy.None : EnumCodes.Secrecy(input.Secrecy);
        if (secrecy is null)
        {
            Fail("Secrecy", "密级只能是非密、内部、秘密、机密或绝密。");
        }

        var urgency = string.IsNullOrWhiteSpace(input.Urgency) ? Urgency.Normal : EnumCodes.Urgency(input.Urgency);
        if (urgency is null)
        {
            Fail("Urgency", "紧急程度只能是普通、加急或特急。");
        }

        var publicity = string.IsNullOrWhiteSpace(input.Publicity) ? null : EnumCodes.Publicity(input.Publicity);
        if (publicity is null && !string.IsNullOrWhiteSpace(input.Publicity))
        {
            Fail("Publicity", "公开属性只能是主动公开、依申请公开或不予公开。");
        }

        var title = Text(input.Title, "Title", "标题", TitleMax, Fail);
        var main = Text(input.MainRecipients, "MainRecipients", "主送机关", RecipientsMax, Fail);
        var body = Text(input.Body, "Body", "正文", BodyMax, Fail);
        var copy = Optional(input.CopyRecipients, "CopyRecipients", "抄送机关", 1000, Fail);
        var remarks = Optional(input.Remarks, "Remarks", "附注", 500, Fail);
        if (errors.Count > 0)
        {
            return OutgoingErrors.Fields(errors);
        }

        var classified = SecrecyLimitsOf(secrecy!.Value);
        return new DraftValues(template!, type!.Value, direction!.Value, secrecy.Value, classified ? input.SecrecyYears : null,
            classified ? DocumentUnit.Trimmed(input.CopyNumber) : null, urgency!.Value, title!, main!,
            [.. (input.MainRecipientIds ?? []).Distinct()], copy, [.. (input.CopyRecipientIds ?? []).Distinct()], body!.Replace("\r\n", "\n", StringComparison.Ordinal),
            remarks, input.WrittenOn, input.Attachments ?? [], publicity ?? (classified ? Publicity.NotDisclosed : Publicity.OnRequest));
    }

    private static bool SecrecyLimitsOf(Secrecy secrecy) => Rules.SecrecyLimits.MaxYears(secrecy) is not null;

    private static string? Text(string? value, string field, string what, int max, Action<string, string> fail)
    {
        if (DocumentUnit.Trimmed(value) is not { } text)
        {
            fail(field, $"请填写{what}。");
            return null;
        }

        return Optional(text, field, what, max, fail);
    }

    private static string? Optional(string? value, string field, string what, int max, Action<string, string> fail)
    {
        var text = DocumentUnit.Trimmed(value);
        if (text?.Length > max)
        {
            fail(field, $"{what}不能超过 {max} 个字。");
        }

        return text;
    }
}
