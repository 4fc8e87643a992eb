using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>
/// 视为受理 (第三十二条: "逾期不告知的，自收到申请材料之日起即为受理"): a Submitted application without a correction
/// notice whose 5 working days have passed is accepted as of the day the materials arrived, by the system.
/// </summary>
internal sealed class DeemedAcceptanceHandler(HandlingUnit unit, HandlingDates dates, Acceptance acceptance, HandlingWork work)
{
    /// <summary>
    /// The candidates, set-based: Submitted, no notice, received more than 5 calendar days ago (5 working days are never
    /// fewer); the exact working-day rule is checked on each.
    /// </summary>
    public async Task<List<Guid>> CandidatesAsync(int batch, CancellationToken cancellationToken)
    {
        var today = unit.Today;
        var earliestWindow = today.AddDays(-ApprovalsLimits.CorrectionNoticeDays);
        var noticed = unit.Db.Set<CorrectionNotice>().Select(n => n.ApplicationId);
        var candidates = await unit.Db.Set<Application>().AsNoTracking()
            .Where(a => a.State == ApplicationState.Submitted && a.MaterialsReceivedOn < earliestWindow && !noticed.Contains(a.Id))
            .OrderBy(a => a.MaterialsReceivedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.MaterialsReceivedOn })
            .Take(batch)
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => dates.IsDeemedAccepted(c.MaterialsReceivedOn, today)).Select(c => c.Id)];
    }

    /// <summary>Accepts one application; refused when it is no longer due (accepted, noticed or withdrawn meanwhile).</summary>
    public async Task<Result> ApplyAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForSystemAsync(id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var application = handled.Application;
        var today = unit.Today;
        if (application.State != ApplicationState.Submitted
            || !dates.IsDeemedAccepted(application.MaterialsReceivedOn, today)
            || await unit.Db.Set<CorrectionNotice>().AnyAsync(n => n.ApplicationId == id, cancellationToken))
        {
            return HandlingErrors.WrongState(application.State, "视为受理");
        }

        var accepted = await acceptance.AcceptAsync(handled, application.MaterialsReceivedOn, today, deemed: true, user: null, cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted;
        }

        await work.MoveAsync(handled, null, cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
