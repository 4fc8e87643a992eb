using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using EGov.Documents.Domain;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// Loading a 公文 for a step (only within the reader's scope, checked against the version the person saw) and saving
/// the step — document, opinion, to-dos and audit entry — in one unit of work.
/// </summary>
internal sealed class DocumentUnit(EGovDbContext db, OutgoingScope scope, IAuditLog audit, TimeProvider time)
{
    public EGovDbContext Db => db;

    public OutgoingScope Scope => scope;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(time);

    public async Task<Result<OfficialDocument>> LoadAsync(Guid id, long? version, FlowAction action, string actionName, CancellationToken cancellationToken)
    {
        var readable = await scope.ReadableAsync(cancellationToken);
        if (await readable.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return OutgoingErrors.NotFound;
        }

        if (version is { } seen && seen != document.Version)
        {
            return OutgoingErrors.Stale;
        }

        return DocumentFlow.Allows(document.State, action) ? document : OutgoingErrors.WrongState(document.State, actionName);
    }

    /// <summary>Loads for a step that <paramref name="permission"/> holders of <paramref name="department"/> take.</summary>
    public async Task<Result<OfficialDocument>> LoadForAsync(
        Guid id, long? version, FlowAction action, string actionName, string permission, Func<OfficialDocument, Guid> department, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, version, action, actionName, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }

        return await scope.CoversAsync(permission, department(loaded.Value), cancellationToken) ? loaded : OutgoingErrors.NotYours;
    }

    public void AddOpinion(OfficialDocument document, OpinionStep step, OpinionDecision decision, string? text, ClaimsPrincipal user)
        => db.Set<Opinion>().Add(new Opinion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Step = step,
            Decision = decision,
            Text = text,
            PersonId = user.AccountId(),
            PersonName = NameOf(user),
            DepartmentId = user.DepartmentId(),
            DepartmentName = user.FindFirstValue(PlatformClaims.DepartmentName) ?? "",
            At = Now,
        });

    public void Audit(OfficialDocument document, string action, ClaimsPrincipal user, string? text = null)
        => audit.Record(new AuditRecord($"documents.outgoing.{action}", nameof(OfficialDocument), document.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { document.Title, State = OutgoingNames.Code(document.State), document.DocumentNumber, By = user.AccountId(), Text = text })));

    public async Task<Result> SaveAsync(OfficialDocument document, CancellationToken cancellationToken)
    {
        document.Version++;
        document.UpdatedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step on the same document (its Version) was saved first.
            db.ChangeTracker.Clear();
            return OutgoingErrors.Stale;
        }
    }

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
