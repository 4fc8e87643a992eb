using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters;

/// <summary>
/// Staff reach letters only through their department scope for a permission: the letters of the mailboxes their
/// departments manage, and those routed to their departments. Every staff query and action starts here.
/// </summary>
internal sealed class LetterAccess(EGovDbContext db, IDepartmentScope scope)
{
    public async Task<IQueryable<Letter>> InScopeAsync(string permission, CancellationToken cancellationToken = default)
    {
        var departments = await scope.ForPermissionAsync(permission, cancellationToken);
        if (departments.IsWholeDistrict)
        {
            return db.Set<Letter>();
        }

        var ids = departments.Ids.ToList();
        return db.Set<Letter>().Where(l => ids.Contains(l.MailboxDepartmentId)
            || (l.HandlingDepartmentId != null && ids.Contains(l.HandlingDepartmentId.Value)));
    }

    /// <summary>The letter for a staff action (tracked), or null when it does not exist or lies outside the scope.</summary>
    public async Task<Letter?> FindAsync(Guid id, string permission, CancellationToken cancellationToken = default)
        => await (await InScopeAsync(permission, cancellationToken)).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>Whether the permission's scope covers the department (e.g. the handling department for 签收).</summary>
    public async Task<bool> CoversAsync(string permission, Guid departmentId, CancellationToken cancellationToken = default)
        => (await scope.ForPermissionAsync(permission, cancellationToken)).Contains(departmentId);

    /// <summary>The signed-in writer's own letter (tracked), or null.</summary>
    public Task<Letter?> FindOwnAsync(Guid id, Guid accountId, CancellationToken cancellationToken = default)
        => db.Set<Letter>().SingleOrDefaultAsync(l => l.Id == id && l.WriterAccountId == accountId, cancellationToken);
}
