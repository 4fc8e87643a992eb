using System.Text.Json;
using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Interviews;

/// <summary>
/// Loading an interview for a staff action (scope and the version the person saw) and saving the change with its audit
/// entry <c>interaction.interview.{action}</c>; a second editor is told instead of overwriting.
/// </summary>
internal sealed class InterviewUnit(EGovDbContext db, InterviewAccess access, IAuditLog audit, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Result<OnlineInterview>> LoadAsync(Guid id, uint? version, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } interview)
        {
            return InterviewErrors.NotFound;
        }

        return version is { } seen && seen != interview.Version ? InterviewErrors.Stale : interview;
    }

    public void Audit(OnlineInterview interview, string action, object? detail = null)
        => audit.Record(new AuditRecord(
            $"interaction.interview.{action}",
            nameof(OnlineInterview),
            interview.Id.ToString(),
            AuditOutcome.Success,
            JsonSerializer.Serialize(detail ?? new { interview.Title, state = interview.State.ToString() })));

    public async Task<Result> SaveAsync(OnlineInterview interview, CancellationToken cancellationToken)
    {
        interview.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return InterviewErrors.Stale;
        }
    }
}
