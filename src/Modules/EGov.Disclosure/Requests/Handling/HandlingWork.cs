using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Inbox;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>
/// Moves a request's to-do items along with its state: the open items are completed and the next one goes to whoever
/// holds the permission for the next step in the request's handling office.
/// </summary>
internal sealed class HandlingWork(IWorkItems items)
{
    public const string Handle = "request.handle";
    public const string AwaitCorrection = "request.await_correction";
    public const string AwaitConsultation = "request.await_consultation";
    public const string AwaitFee = "request.await_fee";
    public const string Review = "request.review";
    public const string SignOff = "request.sign_off";
    public const string Deliver = "request.deliver";
    public const string Archive = "request.archive";

    /// <param name="waitingUntil">For the waiting states: the correction deadline, the consultation's or the payment's last day.</param>
    public async Task MoveAsync(HandlingCase handled, Guid? actorId, DateOnly? waitingUntil, CancellationToken cancellationToken)
    {
        var request = handled.Request;
        var caseId = request.Id.ToString();
        await items.CompleteAsync(DisclosureClocks.Module, caseId, null, actorId, cancellationToken);
        if (Next(request.State) is not { } next)
        {
            return;
        }

        var (kind, permission, title) = next;
        var waiting = request.State is RequestState.AwaitingCorrection or RequestState.InConsultation or RequestState.AwaitingFee;
        var due = waiting ? waitingUntil : request.State == RequestState.Replied ? null : handled.Clock?.DueDate;
        items.Add(new NewWorkItem(
            DisclosureClocks.Module,
            kind,
            $"{title}：{request.Number}",
            DisclosureClocks.CaseUrl(DisclosureClocks.Request, caseId),
            caseId,
            WorkItemAssignee.DepartmentRole(request.HandlingDepartmentId, permission),
            due,
            waiting ? null : handled.Clock?.Id));
    }

    private static (string Kind, string Permission, string Title)? Next(RequestState state) => state switch
    {
        RequestState.Handling => (Handle, DisclosurePermissions.Handle, "办理政府信息公开申请"),
        RequestState.AwaitingCorrection => (AwaitCorrection, DisclosurePermissions.Handle, "等待申请人补正"),
        RequestState.InConsultation => (AwaitConsultation, DisclosurePermissions.Handle, "等待征求意见答复"),
        RequestState.AwaitingFee => (AwaitFee, DisclosurePermissions.Handle, "等待申请人缴费"),
        RequestState.ReplyDrafted => (Review, DisclosurePermissions.Review, "审核政府信息公开答复"),
        RequestState.ReplyReviewed => (SignOff, DisclosurePermissions.SignOff, "签发政府信息公开答复"),
        RequestState.ReplySignedOff => (Deliver, DisclosurePermissions.Handle, "送达政府信息公开答复"),
        RequestState.Replied => (Archive, DisclosurePermissions.Handle, "归档政府信息公开申请"),
        _ => null,
    };
}
