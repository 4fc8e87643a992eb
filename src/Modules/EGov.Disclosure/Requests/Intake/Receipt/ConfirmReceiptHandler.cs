using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Applications;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Receipt;

/// <summary>确认收到: the day both sides confirmed an online, fax or ordinary-mail request (条例 第三十一条); the clock starts.</summary>
internal sealed record ConfirmReceipt(DateOnly? ConfirmedOn, string? Note);

internal sealed record ConfirmedReceipt(Guid Id, string Number, DateOnly ReceivedOn, DateOnly DueDate);

internal sealed class ConfirmReceiptHandler(RequestAccess access, RequestReception reception, EGovDbContext db, TimeProvider time)
{
    public static readonly Error NotFound = Error.NotFound("disclosure.request_not_found", "申请不存在，或不在您的办理范围内。");

    public static readonly Error AlreadyReceived = Error.Conflict("disclosure.request_already_received", "该申请已确认收到，不能重复确认。");

    public static readonly Error ChangedMeanwhile = Error.Conflict("disclosure.request_changed", "该申请刚被其他人修改，请刷新后再试。");

    public async Task<Result<ConfirmedReceipt>> HandleAsync(Guid id, ConfirmReceipt input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, DisclosurePermissions.Handle, cancellationToken) is not { } request)
        {
            return NotFound;
        }

        if (request.State != RequestState.AwaitingConfirmation)
        {
            return AlreadyReceived;
        }

        var errors = new FieldErrors();
        var note = input.Note?.Trim() ?? "";
        if (note.Length is 0 or > 500)
        {
            errors.Add(nameof(input.Note), note.Length == 0 ? "请说明如何与申请人确认（如电话确认及所拨号码、平台留言确认）。" : "确认说明不能超过 500 个字。");
        }

        if (input.ConfirmedOn is null)
        {
            errors.Add(nameof(input.ConfirmedOn), "请填写双方确认的日期。");
        }

        var receipt = ReceiptDateRule.Decide(request.Channel, ChinaTime.DateOf(request.SubmittedAt), request.SignedForOn, input.ConfirmedOn, ChinaTime.Today(time));
        if (!receipt.IsSuccess)
        {
            errors.Add(nameof(input.ConfirmedOn), receipt.Error!);
        }

        if (errors.Any || receipt.Value is not { } receivedOn)
        {
            return errors.ToError();
        }

        request.ConfirmedOn = input.ConfirmedOn;
        request.ConfirmationNote = note;
        request.Version++;
        var received = await reception.ReceiveAsync(request, receivedOn, user, cancellationToken);
        if (!received.IsSuccess)
        {
            return received.Error!;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile;
        }

        return new ConfirmedReceipt(request.Id, request.Number, receivedOn, received.Value.DueDate);
    }
}
