using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling.Results;

/// <summary>送达 (window pick-up, post with the tracking number, or electronic) and 办结; with <c>conclude</c> both at once.</summary>
internal sealed class DeliverHandler(HandlingUnit unit, Completion completion, HandlingWork work)
{
    public async Task<Result> DeliverAsync(Guid id, DeliveryInput input, bool conclude, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Issue, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.ResultProduced)
        {
            return HandlingErrors.WrongState(handled.State, "送达");
        }

        if (completion.Deliver(handled, input, unit.Today, user) is { IsSuccess: false } delivered)
        {
            return delivered;
        }

        if (conclude && completion.Conclude(handled, unit.Today, unit.Now, user) is { IsSuccess: false } concluded)
        {
            return concluded;
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }

    public async Task<Result> ConcludeAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Issue, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.Delivered)
        {
            return HandlingErrors.WrongState(handled.State, "办结");
        }

        if (completion.Conclude(handled, unit.Today, unit.Now, user) is { IsSuccess: false } concluded)
        {
            return concluded;
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
