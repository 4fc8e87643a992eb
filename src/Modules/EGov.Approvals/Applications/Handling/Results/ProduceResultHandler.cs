using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling.Results;

/// <summary>制证/出文 after the decision: the written decision and, for e-licence items, the signed licence.</summary>
internal sealed class ProduceResultHandler(HandlingUnit unit, ResultSteps steps, HandlingWork work)
{
    public async Task<Result> HandleAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Issue, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.Decided)
        {
            return HandlingErrors.WrongState(handled.State, "出具审批结果");
        }

        var produced = await steps.ProduceAsync(handled, unit.Today, user, cancellationToken);
        if (!produced.IsSuccess)
        {
            return produced.Error!;
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken, produced.Value);
    }
}
