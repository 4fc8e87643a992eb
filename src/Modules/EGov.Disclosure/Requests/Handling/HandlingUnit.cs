using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>
/// Loading a request for a handling step (staff only through <see cref="RequestAccess"/>) and saving the step: the
/// request, its clock, steps, work items and audit entries in one transaction, the letter generated inside it.
/// </summary>
internal sealed class HandlingUnit(EGovDbContext db, RequestAccess access, ClockService clocks, IDisclosureLetters letters, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateOnly Today => ChinaTime.Today(time);

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <param name="version">The version the person saw; a different one means someone acted meanwhile.</param>
    public async Task<Result<HandlingCase>> LoadAsync(Guid id, string permission, long? version, CancellationToken cancellationToken)
    {
        var request = await access.FindAsync(id, permission, cancellationToken);
        if (request is null)
        {
            return HandlingErrors.NotFound;
        }

        if (version is { } seen && seen != request.Version)
        {
            return HandlingErrors.ChangedMeanwhile;
        }

        var clock = request.ClockId is { } clockId ? await clocks.FindAsync(clockId, cancellationToken) : null;
        return new HandlingCase(request, clock);
    }

    /// <summary>For the scheduler, which acts for no one: the request by id, whatever the scope.</summary>
    public async Task<HandlingCase?> LoadForSystemAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.Set<Domain.Requests.DisclosureRequest>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var clock = request.ClockId is { } clockId ? await clocks.FindAsync(clockId, cancellationToken) : null;
        return new HandlingCase(request, clock);
    }

    /// <summary>Saves the step; with a letter, generates it after the step's rows are written so that it reads them.</summary>
    public async Task<Result> SaveAsync(HandlingCase handled, HandlingLetter? letter, CancellationToken cancellationToken)
    {
        handled.Request.Version++;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (letter is not null)
            {
                var generated = await letters.GenerateAsync(handled.Request, letter.Kind, letter.VisibleToApplicant, cancellationToken);
                if (!generated.IsSuccess)
                {
                    db.ChangeTracker.Clear();
                    return generated.Error!;
                }

                letter.Generated?.Invoke(generated.Value);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            // A concurrent step on the same request (its Version) or the same notice (unique per request) won.
            db.ChangeTracker.Clear();
            return HandlingErrors.ChangedMeanwhile;
        }
    }
}

/// <summary>A letter a step sends, and what to do with the generated document.</summary>
internal sealed record HandlingLetter(LetterKind Kind, bool VisibleToApplicant, Action<Domain.Requests.RequestDocument>? Generated = null);
