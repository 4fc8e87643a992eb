using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Notifications;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>
/// 催办 (条例 第二十四条（六）: 紧急公文或者重要公文应当由专人负责催办): the 文书 records the reminder with its time and
/// text, and each person of the lead unit who handles documents gets a site message.
/// </summary>
internal sealed class RemindHandler(IncomingUnit unit, INotifier notifier)
{
    public const int TextMaxLength = 1000;

    public async Task<Result> RemindAsync(Guid id, string? text, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reminder = IncomingUnit.Text(text, "Text", "催办内容", TextMaxLength);
        if (!reminder.IsSuccess)
        {
            return reminder.Error!;
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Reminded, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var lead = document.LeadDepartmentId!.Value;
        foreach (var account in await unit.Db.HoldersAsync(lead, DocumentsPermissions.Handle, cancellationToken))
        {
            notifier.Notify(new Notification(IncomingInbox.Module, $"催办：{document.Title}",
                $"{IncomingUnit.NameOf(user)}催办收文“{document.Title}”（{document.IncomingNumber}）：{reminder.Value}"
                + (document.DueDate is { } due ? $" 办理期限：{IncomingDisplay.Day(due)}。" : ""),
                account, Url: IncomingInbox.Url(document.Id)));
        }

        unit.Record(document, IncomingSteps.Reminded, user, reminder.Value);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
