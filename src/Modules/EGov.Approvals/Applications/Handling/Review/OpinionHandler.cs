using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Review;

/// <summary>审查意见 (internal); with "审查完毕" the application goes to the decision stage and its step clock.</summary>
internal sealed class OpinionHandler(HandlingUnit unit, HandlingClocks clocks, HandlingWork work, ApplicationJournal journal)
{
    public async Task<Result> HandleAsync(Guid id, string? opinion, bool completeReview, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(opinion))
        {
            return HandlingErrors.Required("Opinion", "审查意见");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Review, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.UnderReview)
        {
            return HandlingErrors.WrongState(handled.State, "填写审查意见");
        }

        var today = unit.Today;
        if (completeReview)
        {
            if (await unit.Db.Set<SpecialProcedure>().AnyAsync(p => p.ApplicationId == id && p.EndedOn == null, cancellationToken))
            {
                return HandlingErrors.ProcedureOpen;
            }

            if (clocks.MoveStep(handled, StepStage.Decision, HandlingDates.StageDays(handled.Item, StepStage.Decision), today) is { IsSuccess: false } moved)
            {
                return moved;
            }

            await work.MoveAsync(handled, user.AccountId(), cancellationToken, HandlingWork.Decide);
        }

        journal.Record(handled.Application, completeReview ? "reviewed" : "review_opinion", completeReview ? "审查完毕，报请决定" : "审查意见", today, user,
            internalNote: opinion.Trim(), dueDate: handled.Step?.DueDate);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
