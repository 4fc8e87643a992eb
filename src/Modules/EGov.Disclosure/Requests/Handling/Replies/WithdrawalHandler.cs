using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>申请人撤回申请, recorded by staff: the request ends as table 三（六）3 其他.</summary>
internal sealed class WithdrawalHandler(HandlingUnit unit, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    public async Task<Result> HandleAsync(Guid id, DateOnly? withdrawnOn, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var request = handled.Request;
        if (DisclosureNames.IsConcluded(request.State) || handled.Clock is not { } clock || request.ReceivedOn is not { } receivedOn)
        {
            return HandlingErrors.WrongState(request.State, "记录撤回申请");
        }

        var invalid = withdrawnOn switch
        {
            null => HandlingErrors.Required("WithdrawnOn", "申请人撤回申请的日期"),
            { } d when d > unit.Today => HandlingErrors.FutureDate("WithdrawnOn"),
            { } d when d < receivedOn => HandlingErrors.DateBefore("WithdrawnOn", receivedOn, "收到申请之日"),
            _ when string.IsNullOrWhiteSpace(note) => HandlingErrors.Required("Note", "撤回的方式和说明（如书面撤回申请书）"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        (request.State, request.Outcome, request.ConcludedOn) = (RequestState.Terminated, ReplyOutcome.Other, withdrawnOn);
        if (clocks.Stop(clock, "申请人撤回申请") is { IsSuccess: false } stopped)
        {
            return stopped.Error!;
        }

        journal.Record(request, "withdrawn", "申请人撤回申请", withdrawnOn!.Value, user, "申请人已撤回申请，本机关终止办理。", note!.Trim());
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }
}
