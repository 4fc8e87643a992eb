using System.Globalization;
using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Intake.Receipt;

/// <summary>
/// The request is received (条例 第三十一条): the receipt date is set, the 20-working-day reply clock starts
/// (第三十三条第二款) and the office's to-do moves from confirming to handling — all in the caller's unit of work.
/// </summary>
internal sealed class RequestReception(ClockService clocks, IWorkItems workItems, RequestJournal journal)
{
    public const string ConfirmKind = "request.confirm";
    public const string HandleKind = "request.handle";

    public async Task<Result<StatutoryClock>> ReceiveAsync(DisclosureRequest request, DateOnly receivedOn, ClaimsPrincipal? actor, CancellationToken cancellationToken)
    {
        var started = clocks.Start(new ClockStart(
            DisclosureClocks.Module, DisclosureClocks.Request, request.Id.ToString(), $"依申请公开 {request.Number}", receivedOn, ClockLimit.WorkingDays(DisclosureLimits.Reply))
        {
            DepartmentId = request.HandlingDepartmentId,
            Item = "政府信息公开申请",
        });
        if (!started.IsSuccess)
        {
            return started.Error!;
        }

        var clock = started.Value;
        request.ReceivedOn = receivedOn;
        request.ClockId = clock.Id;
        request.State = RequestState.Handling;
        var due = clock.DueDate.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        journal.Record(request, "received", "确认收到申请", receivedOn, actor, $"答复期限：{due}");
        await workItems.CompleteAsync(DisclosureClocks.Module, request.Id.ToString(), ConfirmKind, actor?.AccountId(), cancellationToken);
        workItems.Add(new NewWorkItem(
            DisclosureClocks.Module, HandleKind, $"办理政府信息公开申请 {request.Number}", DisclosureClocks.CaseUrl(DisclosureClocks.Request, request.Id.ToString()),
            request.Id.ToString(), WorkItemAssignee.DepartmentRole(request.HandlingDepartmentId, DisclosurePermissions.Handle), clock.DueDate, clock.Id));
        return clock;
    }

    /// <summary>The office is asked to confirm the request with the applicant (第三十一条第二项、第三项).</summary>
    public void AskToConfirm(DisclosureRequest request)
        => workItems.Add(new NewWorkItem(
            DisclosureClocks.Module, ConfirmKind, $"确认收到政府信息公开申请 {request.Number}", IntakeUrls.Confirm(request.Id),
            request.Id.ToString(), WorkItemAssignee.DepartmentRole(request.HandlingDepartmentId, DisclosurePermissions.Handle)));
}
