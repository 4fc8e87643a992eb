using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling;

/// <summary>
/// Loading a letter for a staff step (only through <see cref="LetterAccess"/>, checked against the version the person
/// saw) and saving the step — letter, clocks, steps, to-dos, audit entries and search outbox — in one unit of work.
/// </summary>
internal sealed class LetterUnit(EGovDbContext db, LetterAccess access, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(time);

    /// <param name="permission">The permission whose scope must reach the letter.</param>
    /// <param name="departmentOf">The department the permission must cover for this step (mailbox or handling department).</param>
    public async Task<Result<Letter>> LoadAsync(
        Guid id, string permission, Func<Letter, Guid?> departmentOf, long? version, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, permission, cancellationToken) is not { } letter)
        {
            return InteractionErrors.NotFound;
        }

        if (version is { } seen && seen != letter.Version)
        {
            return InteractionErrors.Stale;
        }

        return departmentOf(letter) is { } department && await access.CoversAsync(permission, department, cancellationToken)
            ? letter
            : HandlingErrors.NotYours;
    }

    /// <summary>The letter if the permission's scope reaches it through either department (e.g. for an internal note).</summary>
    public async Task<Result<Letter>> LoadInScopeAsync(Guid id, string permission, long? version, CancellationToken cancellationToken)
        => await access.FindAsync(id, permission, cancellationToken) switch
        {
            null => InteractionErrors.NotFound,
            { } letter when version is { } seen && seen != letter.Version => InteractionErrors.Stale,
            { } letter => letter,
        };

    /// <summary>The letter for a step: the step's permission in its department, and a state that allows it.</summary>
    public async Task<Result<Letter>> LoadForAsync(Guid id, LetterAction action, long? version, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(
            id, LetterRules.PermissionOf(action), l => LetterRules.InHandlingDepartment(action) ? l.HandlingDepartmentId : l.MailboxDepartmentId, version, cancellationToken);
        if (!loaded.IsSuccess || LetterRules.Allows(action, loaded.Value))
        {
            return loaded;
        }

        var letter = loaded.Value;
        return action switch
        {
            LetterAction.Publish when !letter.ConsentToPublish => HandlingErrors.NoConsent,
            LetterAction.Unpublish => HandlingErrors.NotPublished,
            _ => HandlingErrors.WrongState(letter.State, LetterRules.NameOf(action)),
        };
    }

    public async Task<Result> SaveAsync(Letter letter, CancellationToken cancellationToken)
    {
        letter.Version++;
        letter.UpdatedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else's step on the same letter (its Version) or clock was saved first.
            db.ChangeTracker.Clear();
            return InteractionErrors.Stale;
        }
    }

    public static Guid? Mailbox(Letter letter) => letter.MailboxDepartmentId;

    public static Guid? Handling(Letter letter) => letter.HandlingDepartmentId;
}
