using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling;

/// <summary>
/// Loading an application for a handling step (staff only through <see cref="ApplicationAccess"/>, applicants only their
/// own) and saving the step: application, clocks, steps, work items, documents and audit entries in one transaction.
/// </summary>
internal sealed class HandlingUnit(EGovDbContext db, ApplicationAccess access, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateOnly Today => ChinaTime.Today(time);

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <param name="version">The version the person saw; a different one means someone acted meanwhile.</param>
    public async Task<Result<HandlingCase>> LoadAsync(Guid id, string permission, long? version, CancellationToken cancellationToken)
        => await CaseOfAsync(await access.FindAsync(id, permission, cancellationToken), version, cancellationToken);

    public async Task<Result<HandlingCase>> LoadOwnAsync(Guid id, Guid? accountId, long? version, CancellationToken cancellationToken)
        => accountId is { } account
            ? await CaseOfAsync(await access.FindOwnAsync(id, account, cancellationToken), version, cancellationToken)
            : HandlingErrors.NotFound;

    /// <summary>For the scheduler, which acts for no one: the application by id, whatever the scope.</summary>
    public async Task<Result<HandlingCase>> LoadForSystemAsync(Guid id, CancellationToken cancellationToken)
        => await CaseOfAsync(await db.Set<Application>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken), null, cancellationToken);

    /// <summary>Saves the step; <paramref name="inTransaction"/> runs first inside the transaction (e.g. numbering a licence).</summary>
    public async Task<Result> SaveAsync(HandlingCase handled, CancellationToken cancellationToken, Func<Task<Result>>? inTransaction = null)
    {
        handled.Application.Version++;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (inTransaction is not null && await inTransaction() is { IsSuccess: false } failed)
            {
                db.ChangeTracker.Clear();
                return failed;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step on the same application (its Version) or clock won.
            db.ChangeTracker.Clear();
            return HandlingErrors.ChangedMeanwhile;
        }
    }

    private async Task<Result<HandlingCase>> CaseOfAsync(Application? application, long? version, CancellationToken cancellationToken)
    {
        if (application is null)
        {
            return HandlingErrors.NotFound;
        }

        if (version is { } seen && seen != application.Version)
        {
            return HandlingErrors.ChangedMeanwhile;
        }

        var item = await db.Set<ServiceItem>().AsNoTracking().Include(i => i.Steps).Include(i => i.Materials)
            .AsSplitQuery().SingleAsync(i => i.Id == application.ItemId, cancellationToken);
        Guid?[] ids = [application.PreReviewClockId, application.PromisedClockId, application.StatutoryClockId, application.StepClockId];
        var clockIds = ids.OfType<Guid>().ToList();
        var clocks = await db.Set<StatutoryClock>().Where(c => clockIds.Contains(c.Id)).ToListAsync(cancellationToken);
        return new HandlingCase(application, item, clocks);
    }
}
