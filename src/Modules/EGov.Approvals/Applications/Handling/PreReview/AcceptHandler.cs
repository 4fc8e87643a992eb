using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>
/// 受理 by the clerk: a Submitted application, first or after the correction was supplied. When no correction notice was
/// sent and its 5 working days have passed, the application already counts as accepted from the day the materials
/// arrived (第三十二条), so the acceptance takes that date, whoever comes first: the clerk or the deemed-acceptance job.
/// </summary>
internal sealed class AcceptHandler(HandlingUnit unit, HandlingDates dates, Acceptance acceptance, HandlingWork work)
{
    public async Task<Result> HandleAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var application = handled.Application;
        if (application.State != ApplicationState.Submitted)
        {
            return HandlingErrors.WrongState(application.State, "受理");
        }

        var today = unit.Today;
        var noticed = await unit.Db.Set<CorrectionNotice>().AnyAsync(n => n.ApplicationId == id, cancellationToken);
        var deemed = !noticed && dates.IsDeemedAccepted(application.MaterialsReceivedOn, today);
        var accepted = await acceptance.AcceptAsync(handled, deemed ? application.MaterialsReceivedOn : today, today, deemed, user, cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted;
        }

        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
