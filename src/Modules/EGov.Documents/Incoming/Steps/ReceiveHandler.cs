using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>签收 (条例 第二十四条（一）): the 文书 counts and checks the document and signs for it; the time of receipt is recorded.</summary>
internal sealed class ReceiveHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public const int NoteMaxLength = 500;

    public async Task<Result> ReceiveAsync(Guid id, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Trimmed(note);
        if (text?.Length > NoteMaxLength)
        {
            return IncomingErrors.TooLong("Note", "签收说明", NoteMaxLength);
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Received, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        Receive(document, user);
        await inbox.CompleteAsync(document, IncomingInbox.ReceiveKind, user.AccountId(), cancellationToken);
        inbox.ForUnit(document, IncomingInbox.RegisterKind, "待登记", document.DepartmentId, DocumentsPermissions.Receive);
        unit.Record(document, IncomingSteps.Received, user, $"签收时间：{IncomingDisplay.Time(document.ReceivedAt)}，{document.Copies} 份{(text is null ? "" : "。" + text)}");
        return await unit.SaveAsync(document, cancellationToken);
    }

    public void Receive(IncomingDocument document, ClaimsPrincipal user)
        => (document.State, document.ReceivedAt, document.ReceivedByName) = (IncomingState.Received, unit.Now, IncomingUnit.NameOf(user));
}
