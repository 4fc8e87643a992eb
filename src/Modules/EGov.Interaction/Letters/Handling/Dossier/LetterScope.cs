using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization.Scope;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>The letters a member of staff may read: every letter any of their interaction permissions reaches (see <see cref="LetterAccess"/>).</summary>
internal sealed class LetterScope(EGovDbContext db, IDepartmentScope scope)
{
    public static readonly string[] ReadPermissions =
        [InteractionPermissions.View, InteractionPermissions.Handle, InteractionPermissions.Dispatch, InteractionPermissions.Review];

    public async Task<IQueryable<Letter>> ReadableAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        foreach (var permission in ReadPermissions.Where(user.HasPermission))
        {
            var set = await scope.ForPermissionAsync(permission, cancellationToken);
            if (set.IsWholeDistrict)
            {
                return db.Set<Letter>();
            }

            ids.UnionWith(set.Ids);
        }

        var list = ids.ToList();
        return db.Set<Letter>().Where(l => list.Contains(l.MailboxDepartmentId) || (l.HandlingDepartmentId != null && list.Contains(l.HandlingDepartmentId.Value)));
    }
}
