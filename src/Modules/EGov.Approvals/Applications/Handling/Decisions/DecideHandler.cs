using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Decisions;

/// <summary>决定: approve, or deny with the reason (第三十八条), once the review is done and no special procedure runs.</summary>
internal sealed class DecideHandler(HandlingUnit unit, DecisionSteps steps, HandlingWork work)
{
    public async Task<Result> HandleAsync(Guid id, Decision? decision, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (decision is null)
        {
            return HandlingErrors.Field("approvals.decision_required", "Decision", "请选择准予许可或不予许可。");
        }

        if (decision == Decision.Denied && string.IsNullOrWhiteSpace(reason))
        {
            return HandlingErrors.Required("Reason", "不予许可的理由（《行政许可法》第三十八条第二款）");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Decide, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.UnderReview)
        {
            return HandlingErrors.WrongState(handled.State, "作出决定");
        }

        if (await unit.Db.Set<SpecialProcedure>().AnyAsync(p => p.ApplicationId == id && p.EndedOn == null, cancellationToken))
        {
            return HandlingErrors.ProcedureOpen;
        }

        if (steps.Decide(handled, decision.Value, reason, unit.Today, user) is { IsSuccess: false } decided)
        {
            return decided;
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
