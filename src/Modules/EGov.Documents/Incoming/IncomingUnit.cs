using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming;

/// <summary>
/// Loading a 收文 for a step (within the user's view, at the version they saw, in a state that allows the step) and
/// saving the step — document, history, clock, to-dos and audit entry — in one unit of work.
/// </summary>
internal sealed class IncomingUnit(EGovDbContext db, IncomingAccess access, IAuditLog audit, TimeProvider time)
{
    public EGovDbContext Db => db;

    public IncomingAccess Access => access;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => ChinaTime.Today(time);

    /// <summary>
    /// The document, if visible, unchanged since <paramref name="version"/>, with the user holding one of the
    /// permissions of <paramref name="role"/> for the unit that takes the step, and in a
    /// state allowing <paramref name="step"/>.
    /// </summary>
    public async Task<Result<IncomingDocument>> LoadAsync(Guid id, string step, long? version, ClaimsPrincipal user, StepRole role, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(user, cancellationToken);
        if (await visible.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return IncomingErrors.NotFound;
        }

        if (version is { } seen && seen != document.Version)
        {
            return IncomingErrors.Stale;
        }

        var unitId = role.Unit(document);
        var may = false;
        foreach (var permission in role.Permissions(document))
        {
            may = may || await access.MayAsync(permission, unitId, cancellationToken);
        }

        if (!may)
        {
            return IncomingErrors.NotYours;
        }

        return IncomingFlow.Allows(document.State, step) ? document : IncomingErrors.Step(document.State, step);
    }

    /// <summary>Adds the step to the history and the audit log.</summary>
    public void Record(IncomingDocument document, string step, ClaimsPrincipal? user, string? text = null, Guid? departmentId = null)
    {
        db.Add(new IncomingStep
        {
            DocumentId = document.Id,
            Step = step,
            At = Now,
            ById = user?.AccountId(),
            ByName = user is null ? "系统" : NameOf(user),
            DepartmentId = departmentId ?? user?.DepartmentId(),
            Text = text,
        });
        audit.Record(new AuditRecord($"documents.incoming.{step}", nameof(IncomingDocument), document.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { document.DocumentNumber, document.IncomingNumber, State = IncomingNames.Code(document.State), document.DepartmentId, Text = text })));
    }

    public async Task<Result> SaveAsync(IncomingDocument document, CancellationToken cancellationToken)
    {
        document.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another step on the same document (its Version) was saved first.
            db.ChangeTracker.Clear();
            return IncomingErrors.Stale;
        }
    }

    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The text of a step: required, at most <paramref name="max"/> characters.</summary>
    public static Result<string> Text(string? value, string field, string what, int max)
    {
        if (Trimmed(value) is not { } text)
        {
            return IncomingErrors.Required(field, what);
        }

        return text.Length > max ? IncomingErrors.TooLong(field, what, max) : text;
    }

    public static string CaseId(IncomingDocument document) => document.Id.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>Who takes a step: holders of one of the permissions in the unit (by default the recipient unit).</summary>
internal sealed record StepRole(Func<IncomingDocument, string[]> Permissions, Func<IncomingDocument, Guid?> Unit)
{
    public static StepRole Recipient(params string[] permissions) => new(_ => permissions, d => d.DepartmentId);
}
