using System.Security.Claims;
using EGov.Approvals.Applications.Handling.Decisions;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Results;

/// <summary>
/// 即办办结 (即办件, 即审即办): a complete application of an Immediate item is accepted, approved on the spot
/// (第三十四条第二款、第四十二条 "当场作出") and its result produced the same day; with electronic delivery it is also
/// delivered and concluded, otherwise delivery and conclusion follow.
/// </summary>
internal sealed class ImmediateHandler(HandlingUnit unit, Acceptance acceptance, DecisionSteps decisions, ResultSteps results, Completion completion, HandlingWork work)
{
    public async Task<Result> HandleAsync(Guid id, bool deliverElectronically, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(ApprovalsPermissions.Issue))
        {
            return Error.Forbidden("approvals.immediate_not_allowed", "即办办结须同时具有受理和出证权限。");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.Submitted)
        {
            return HandlingErrors.WrongState(handled.State, "即办办结");
        }

        if (handled.Item.CaseKind != CaseKind.Immediate)
        {
            return HandlingErrors.NotImmediate;
        }

        if (await IncompleteAsync(handled, cancellationToken) is { Count: > 0 } missing)
        {
            return Error.Conflict("approvals.immediate_incomplete", $"申请材料不齐全或需补正，不能即办：{string.Join("、", missing)}。请一次告知补正。");
        }

        var today = unit.Today;
        if (await acceptance.AcceptAsync(handled, today, today, deemed: false, user, cancellationToken) is { IsSuccess: false } accepted)
        {
            return accepted;
        }

        if (decisions.Decide(handled, Decision.Approved, null, today, user) is { IsSuccess: false } decided)
        {
            return decided;
        }

        var produced = await results.ProduceAsync(handled, today, user, cancellationToken);
        if (!produced.IsSuccess)
        {
            return produced.Error!;
        }

        if (deliverElectronically)
        {
            if (completion.Deliver(handled, new DeliveryInput(DeliveryOptions.Electronic, today, "电子送达"), today, user) is { IsSuccess: false } delivered)
            {
                return delivered;
            }

            if (completion.Conclude(handled, today, unit.Now, user) is { IsSuccess: false } concluded)
            {
                return concluded;
            }
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken, produced.Value);
    }

    private async Task<List<string>> IncompleteAsync(HandlingCase handled, CancellationToken cancellationToken)
    {
        var materials = await unit.Db.Set<ApplicationMaterial>().AsNoTracking().Where(m => m.ApplicationId == handled.Id).ToListAsync(cancellationToken);
        var missing = handled.Item.Materials
            .Where(r => r.Necessity == MaterialNecessity.Required && !materials.Any(m => m.RequiredMaterialId == r.Id && m.Check != MaterialCheck.NeedsCorrection))
            .Select(r => r.Name).ToList();
        missing.AddRange(materials.Where(m => m.Check == MaterialCheck.NeedsCorrection && m.RequiredMaterialId is null).Select(m => m.Name));
        return missing;
    }
}
