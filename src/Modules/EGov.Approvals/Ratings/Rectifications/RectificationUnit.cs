using System.Security.Claims;
using EGov.Approvals.Applications;
using EGov.Approvals.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>What every rectification step needs: loading in scope with the version check, the journal, clock, to-do items, saving.</summary>
internal sealed class RectificationUnit(
    EGovDbContext db,
    RectificationAccess access,
    ApplicationJournal journal,
    RectificationAudit audit,
    ClockService clocks,
    IWorkItems workItems,
    TimeProvider time)
{
    public ApplicationJournal Journal => journal;
    public RectificationAudit Audit => audit;
    public RectificationAccess Access => access;
    public DateTime Now => time.GetUtcNow().UtcDateTime;
    public DateOnly Today => ChinaTime.Today(time);

    public async Task<Result<RectificationCase>> LoadAsync(Guid id, string permission, long? version, CancellationToken cancellationToken)
    {
        if (await access.LoadAsync(id, permission, cancellationToken) is not { } found)
        {
            return RatingErrors.NotFound;
        }

        return version is { } v && v != found.Rectification.Version ? RatingErrors.Stale : found;
    }

    /// <summary>Stops the current clock (if it runs) and completes the to-do items of <paramref name="kind"/> (all when null).</summary>
    public async Task<Result> FinishWorkAsync(RectificationCase c, string? kind, string outcome, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (kind != RectificationWork.Appeal && c.Clock is { State: not ClockState.Stopped } clock && clocks.Stop(clock, outcome) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        await workItems.CompleteAsync(ApprovalsClocks.Module, c.Rectification.Id.ToString(), kind, user.AccountId(), cancellationToken);
        return Result.Success();
    }

    public void AddWork(NewWorkItem item) => workItems.Add(item);

    public async Task<Result> SaveAsync(RectificationCase c, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        c.Rectification.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return RatingErrors.Stale;
        }
    }
}
