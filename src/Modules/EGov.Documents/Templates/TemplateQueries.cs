using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Templates;

/// <summary>
/// Templates a drafter may use (those of the own department and of the agencies above it, active) and those a
/// template manager keeps (the agencies in the scope of <c>documents.templates</c>).
/// </summary>
internal sealed class TemplateQueries(EGovDbContext db, OrganizationFacts organization, IDepartmentScope scope)
{
    public async Task<IReadOnlyList<DocumentTemplate>> UsableAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.DepartmentId() is not { } department)
        {
            return [];
        }

        var agencies = await organization.SelfAndAncestorsAsync(department, cancellationToken);
        var list = await db.Set<DocumentTemplate>().AsNoTracking().Where(t => t.IsActive && agencies.Contains(t.AgencyId)).ToListAsync(cancellationToken);
        return [.. list.OrderBy(t => agencies.ToList().IndexOf(t.AgencyId)).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    public async Task<DocumentTemplate?> UsableAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
        => (await UsableAsync(user, cancellationToken)).FirstOrDefault(t => t.Id == id);

    public async Task<IReadOnlyList<DocumentTemplate>> ManagedAsync(CancellationToken cancellationToken)
    {
        var set = await scope.ForPermissionAsync(DocumentsPermissions.Templates, cancellationToken);
        var list = await db.Set<DocumentTemplate>().AsNoTracking().WhereInScope(set, t => t.AgencyId).ToListAsync(cancellationToken);
        var tree = await organization.TreeAsync(cancellationToken);
        return [.. list.OrderBy(t => tree.ToList().FindIndex(d => d.Id == t.AgencyId)).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    public async Task<DocumentTemplate?> ManagedAsync(Guid id, CancellationToken cancellationToken)
        => (await ManagedAsync(cancellationToken)).FirstOrDefault(t => t.Id == id);
}
