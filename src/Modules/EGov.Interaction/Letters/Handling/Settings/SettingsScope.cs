using System.Text.Json;
using EGov.Interaction.Contracts;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>What a manager of mailboxes, rules and templates may change (their <c>interaction.manage</c> scope), and saving with audit and version check.</summary>
internal sealed class SettingsScope(EGovDbContext db, IDepartmentScope scope, IAuditLog audit)
{
    public EGovDbContext Db => db;

    public Task<DepartmentSet> DepartmentsAsync(CancellationToken cancellationToken) => scope.ForPermissionAsync(InteractionPermissions.Manage, cancellationToken);

    public async Task<Result> SaveAsync(string action, string type, Guid id, object detail, CancellationToken cancellationToken)
    {
        audit.Record(new AuditRecord($"interaction.{action}", type, id.ToString(), AuditOutcome.Success, JsonSerializer.Serialize(detail)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return HandlingErrors.RuleChanged;
        }
    }

    public static Error? Stale(uint current, long? seen) => seen is { } v && v != current ? HandlingErrors.RuleChanged : null;
}
